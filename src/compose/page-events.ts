// Page-wide listeners of the coach, all tied to the content script's life: reposition on scroll
// and resize, notice submits, the keyboard shortcut, navigation and boxes that went away.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CoachState } from './coach';
import { isSubmitKey, submitControlOf } from './post-detect';
import type { ComposeSession } from './session';

const TICK_MS = 1000;

export function watchPage(
  ctx: ContentScriptContext,
  state: CoachState,
  { render, remove, uiHost }: { render: () => void; remove: (s: ComposeSession) => void; uiHost: HTMLElement },
): void {
  const reposition = () => {
    for (const s of state.sessions) s.reposition();
    render();
  };
  const latest = () => state.sessions.reduce<ComposeSession | undefined>((a, s) => (!a || s.lastInput > a.lastInput ? s : a), undefined);
  const sessionOf = (event: Event) => state.sessions.find((s) => event.composedPath().includes(s.box));
  const prune = () => {
    for (const s of [...state.sessions]) if (!s.box.isConnected) remove(s);
  };

  ctx.addEventListener(window, 'scroll', reposition, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', reposition, { passive: true });
  // A press anywhere outside the coach closes its panel, as popovers do.
  ctx.addEventListener(document, 'pointerdown', (event) => {
    if (event.composedPath().includes(uiHost) || !state.sessions.some((s) => s.open)) return;
    for (const s of state.sessions) s.open = false;
    render();
  }, { capture: true });
  ctx.addEventListener(document, 'click', (event) => {
    const s = latest();
    if (s && submitControlOf(event, s.adapter)) s.submitAt = Date.now();
  }, { capture: true });
  ctx.addEventListener(document, 'keydown', (event) => {
    const s = sessionOf(event);
    if (event.altKey && event.shiftKey && event.code === 'KeyP') {
      const target = s ?? latest();
      if (!target) return;
      event.preventDefault();
      for (const other of state.sessions) other.open = other === target;
      target.note = undefined;
      render();
    } else if (event.key === 'Escape' && s?.open) {
      // Escape in the box closes our panel too; the site still gets the key.
      s.open = false;
      render();
    } else if (s && isSubmitKey(event)) {
      s.submitAt = Date.now();
    }
  }, { capture: true });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    prune();
    for (const s of state.sessions) s.schedule();
  });
  // Sites replace or remove boxes and set textarea values without events: check once a second.
  ctx.setInterval(() => {
    prune();
    for (const s of state.sessions) if (s.box instanceof HTMLTextAreaElement) s.run();
    reposition();
  }, TICK_MS);
}
