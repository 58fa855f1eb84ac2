// The coach for one page (frame): keeps the pack compiled, a session per compose box, the UI,
// and the page-wide listeners (scroll, submit clicks, the shortcut, navigation).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { compilePack, type CompiledPack } from '../coach-engine';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { DEFAULT_ACTIVE_PACK, type ActivePack } from '../settings/store';
import { TEST_HOOKS } from '../test-hooks';
import { onConfigChanged, requestConfig, type CoachConfig } from './config-client';
import { makeT, resolveUiLang } from '../ui/i18n/index';
import { COACH_CATALOG } from '../ui/i18n/coach';
import { mountCoachUi } from '../ui/coach/mount';
import { coachActions } from './coach-actions';
import type { CoachApi } from './handoff';
import { watchPage } from './page-events';
import { ComposeSession } from './session';
import { viewOf } from './session-view';
import { installTestHook } from './test-hook';
import { warmUp } from './warm-up';

export interface CoachState {
  sessions: ComposeSession[];
  settings: Settings;
  active: ActivePack;
  compiled: CompiledPack | undefined;
}

export async function startCoach(ctx: ContentScriptContext): Promise<CoachApi> {
  const state: CoachState = { sessions: [], settings: DEFAULT_SETTINGS, active: DEFAULT_ACTIVE_PACK, compiled: undefined };
  // Settings and pack come from the background (content scripts have no storage access).
  const first = await requestConfig();
  const hook = TEST_HOOKS && !!first?.testHook;
  let nextId = 1;
  let frame = 0;
  const t = () => makeT(COACH_CATALOG, resolveUiLang(state.settings.uiLang));
  const render = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      ui.render(state.sessions.map(viewOf), t(), resolveUiLang(state.settings.uiLang));
    });
  };
  // Closed, so a page cannot read the coach's cards; open only in a test build with the hook on.
  const ui = mountCoachUi(coachActions(state, render, t), hook ? 'open' : 'closed');
  const env = {
    compiled: () => state.compiled,
    settings: () => state.settings,
    pack: () => state.active.pack,
    overlays: ui.overlays,
    changed: render,
  };
  const setPack = (active: ActivePack) => {
    // The same pack again (a pushed config after an unrelated change) keeps its compiled form.
    if (state.compiled && JSON.stringify(active) === JSON.stringify(state.active)) return;
    state.active = active;
    state.compiled = compilePack(active.pack);
  };
  const apply = (config: CoachConfig) => {
    state.settings = config.settings;
    setPack(config.active);
  };
  const refresh = () => {
    for (const s of [...state.sessions]) if (state.settings.disabledSites.includes(s.site)) remove(s);
    for (const s of state.sessions) {
      s.invalidate();
      s.run();
    }
    render();
  };
  const remove = (session: ComposeSession) => {
    session.dispose();
    state.sessions = state.sessions.filter((s) => s !== session);
  };

  if (first) apply(first);
  else setPack(DEFAULT_ACTIVE_PACK);
  onConfigChanged(ctx, (config) => {
    apply(config);
    refresh();
  });
  ctx.onInvalidated(() => {
    for (const s of state.sessions) s.dispose();
    ui.destroy();
  });
  watchPage(ctx, state, { render, remove, uiHost: ui.host });
  if (TEST_HOOKS && hook) installTestHook(ctx, () => state.sessions);

  let warmed = false;
  return {
    attach(box) {
      if (state.sessions.some((s) => s.box === box)) return;
      const session = new ComposeSession(nextId++, box, env);
      if (state.settings.disabledSites.includes(session.site)) return session.dispose();
      state.sessions.push(session);
      session.run();
      // Pages without a compose box never pay for it; the first box does, while the page is idle.
      if (!warmed) {
        warmed = true;
        warmUp(() => state.compiled);
      }
    },
  };
}
