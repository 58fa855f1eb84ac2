// What runs on every page of a matched site: listen for focus and input (capture phase, so
// shadow-root composers count too) and load the coach only once a compose box is used.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { composeBoxOf, eventElement } from './find-box';
import { LOAD_COACH, publishedCoach, type CoachApi } from './handoff';
import { siteKeyFor } from './sites';

export function startLoader(ctx: ContentScriptContext): void {
  let coach: Promise<CoachApi | undefined> | undefined;
  // Boxes already handed to the coach: later keystrokes in them cost nothing here.
  let seen = new WeakSet<HTMLElement>();
  // A site switched back on (or off) is looked at afresh.
  const forget = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) seen = new WeakSet();
  };
  browser.storage.onChanged.addListener(forget);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(forget));

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
  const { settings } = await browser.storage.local.get('settings');
  const disabled = (settings as { disabledSites?: string[] } | undefined)?.disabledSites ?? [];
  return disabled.includes(siteKeyFor(box, location.hostname));
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
