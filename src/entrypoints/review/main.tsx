// The review page entrypoint: picks the UI language from the settings and renders the app.
import { render } from 'preact';
import { getSettings } from '../../settings/store';
import { resolveUiLang } from '../../ui/i18n/index';
import { makeT } from '../../ui/i18n/index';
import { reviewCatalog } from '../../ui/i18n/review';
import { ReviewApp } from '../../ui/history/review-app';
import { applyPageTokens } from '../../ui/shared/tokens';
import '../../ui/shared/base.css';
import './style.css';

applyPageTokens();

async function start(): Promise<void> {
  const settings = await getSettings().catch(() => undefined);
  const lang = resolveUiLang(settings?.uiLang);
  document.documentElement.lang = lang;
  document.title = makeT(reviewCatalog, lang)('title');
  render(<ReviewApp lang={lang} />, document.getElementById('app')!);
}

void start();
