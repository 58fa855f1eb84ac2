// What runs on every page of a matched site: listen for focus and input (capture phase, so
// shadow-root composers count too) and load the coach only once a compose box is used.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { composeBoxOf, eventElement } from './find-box';
import { onConfigChanged, siteEnabled } from './config-client';
import { LOAD_COACH, publishedCoach, typedBoxes, type CoachApi } from './handoff';
import { siteKeyFor } from './sites';

export function startLoader(ctx: ContentScriptContext): void {
  let coach: Promise<CoachApi | undefined> | undefined;
  // Boxes already handed to the coach: later keystrokes in them cost nothing here.
  let seen = new WeakSet<HTMLElement>();
  // A site switched back on (or off) is looked at afresh.
  onConfigChanged(ctx, () => (seen = new WeakSet()));
  // Boxes the user really typed, pasted or dropped into: only those are coached and recorded.
  // A page's script can fill a box and fire `input` (even a trusted one, via execCommand) but
  // cannot make a trusted `beforeinput`.
  const typed = typedBoxes();
  const onBeforeInput = (event: Event) => {
    if (!event.isTrusted) return;
    const box = composeBoxOf(eventElement(event));
    if (box) typed.add(box);
  };
  ctx.addEventListener(document, 'beforeinput', onBeforeInput, { capture: true });

  const onEvent = (event: Event) => {
    const box = composeBoxOf(eventElement(event));
    if (box) void use(box);
  };

  async function use(box: HTMLElement) {
    if (seen.has(box)) return;
    seen.add(box);
    if (await siteDisabled(box)) return;
    coach ??= loadCoach(ctx);
    (await coach)?.attach(box);
  }

  ctx.addEventListener(document, 'focusin', onEvent, { capture: true });
  ctx.addEventListener(document, 'input', onEvent, { capture: true });
  const focused = composeBoxOf(deepActiveElement());
  if (focused) void use(focused);
}

async function siteDisabled(box: HTMLElement): Promise<boolean> {
  return !(await siteEnabled(siteKeyFor(box, location.hostname)));
}

async function loadCoach(ctx: ContentScriptContext): Promise<CoachApi | undefined> {
  if (!publishedCoach()) await browser.runtime.sendMessage({ type: LOAD_COACH }).catch(() => undefined);
  return ctx.isValid ? publishedCoach()?.(ctx) : undefined;
}

function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
