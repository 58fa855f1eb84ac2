// Page-wide listeners of the coach, all tied to the content script's life: reposition on scroll
// and resize, notice submits, the keyboard shortcut, navigation and boxes that went away.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OPEN_COACH } from '../background/commands';
import type { CoachState } from './coach';
import { isSubmitKey, submitControlOf } from './post-detect';
import type { ComposeSession } from './session';
import { uiStateOf } from './ui-state';

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
  // Opens one box's panel, bringing forward a card: the one clicked, or the one at the caret.
  const openPanel = (target: ComposeSession, rule: string | undefined, keepFocus = false) => {
    for (const other of state.sessions) other.open = other === target;
    target.note = undefined;
    const ui = uiStateOf(target);
    ui.focusRule = rule;
    ui.keepFocus = keepFocus;
    ui.hover = undefined;
    render();
  };
  // A highlight answers the pointer: hovering shows its card's line, a click opens that card.
  let hoverFrame = 0;
  let pointer = { x: 0, y: 0, box: undefined as ComposeSession | undefined };
  ctx.addEventListener(document, 'pointermove', (event) => {
    // The path is only known while the event is dispatched: keep what the frame needs.
    pointer = { x: event.clientX, y: event.clientY, box: sessionOf(event) };
    if (hoverFrame) return;
    hoverFrame = requestAnimationFrame(() => {
      hoverFrame = 0;
      let changed = false;
      for (const s of state.sessions) {
        const ui = uiStateOf(s);
        const hit = pointer.box === s ? s.markAt(pointer.x, pointer.y) : undefined;
        const before = ui.hover?.rule;
        ui.hover = hit && { rule: hit.rule, category: hit.category, rect: { left: hit.rect.left, top: hit.rect.top, right: hit.rect.right, bottom: hit.rect.bottom } };
        if (before !== ui.hover?.rule) changed = true;
      }
      if (changed) render();
    });
  }, { passive: true });
  ctx.addEventListener(document, 'click', (event) => {
    const s = sessionOf(event);
    const hit = s?.markAt(event.clientX, event.clientY);
    if (s && hit) openPanel(s, hit.rule, true);
  });
  // The manifest command (remappable): the background forwards it to this tab.
  const onMessage = (message: unknown) => {
    if ((message as { type?: string } | undefined)?.type !== OPEN_COACH) return;
    const target = latest();
    if (target) openPanel(target, target.ruleAtCaret());
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  ctx.addEventListener(document, 'keydown', (event) => {
    const s = sessionOf(event);
    if (event.altKey && event.shiftKey && event.code === 'KeyP') {
      // Where the browser did not take the key for the command (Firefox without it, tests).
      const target = s ?? latest();
      if (!target) return;
      event.preventDefault();
      openPanel(target, target.ruleAtCaret());
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
