// The coach's UI host: one element on the page's <html>, outside every editor, with a shadow
// root holding the badges, the panel and the textarea overlays. Re-attached if a site removes it.
import { render, h } from 'preact';
import type { Translate, UiLang } from '../i18n/index';
import type { CoachKey } from '../i18n/coach';
import { CoachApp } from './app';
import type { BoxView, CoachActions } from './model';
import { COACH_CSS } from './styles';

export interface CoachUi {
  /** The host element on the page, to tell our own clicks from the site's. */
  host: HTMLElement;
  /** Where textarea overlays are drawn. */
  overlays: HTMLElement;
  render(views: BoxView[], t: Translate<CoachKey>, lang: UiLang): void;
  destroy(): void;
}

export function mountCoachUi(actions: CoachActions, mode: ShadowRootMode = 'closed'): CoachUi {
  const host = document.createElement('posting-coach-ui');
  // Closed: the page's scripts cannot reach the cards (see docs/security.md).
  const shadow = host.attachShadow({ mode });
  const style = document.createElement('style');
  style.textContent = COACH_CSS;
  const overlays = document.createElement('div');
  const app = document.createElement('div');
  app.className = 'pc-root';
  shadow.append(style, overlays, app);
  const attach = () => {
    if (!host.isConnected) document.documentElement.append(host);
  };
  attach();
  return {
    host,
    overlays,
    render(views, t, lang) {
      attach();
      app.lang = lang;
      render(h(CoachApp, { views, t, lang, actions }), app);
    },
    destroy() {
      render(null, app);
      host.remove();
    },
  };
}
