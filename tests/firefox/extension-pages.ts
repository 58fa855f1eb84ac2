// The add-on's own pages, opened as tabs. Firefox's WebDriver BiDi reports no load event for
// moz-extension:// documents (navigationCommitted comes, load never does), so Puppeteer's goto
// would wait forever: the navigation is started and the document itself is watched instead.
import type { Page } from 'puppeteer-core';
import { ADDON_ORIGIN } from './firefox.ts';
import { until } from './wait.ts';

export const addonUrl = (page: string) => `${ADDON_ORIGIN}/${page}`;

/** Opens popup.html, options.html, review.html… of the add-on in `page` and waits until it is loaded. */
export async function openAddonPage(page: Page, name: string): Promise<void> {
  const url = addonUrl(name);
  // Mark the document being left: when it already is `url`, its href alone cannot tell the new one.
  await markDocument(page);
  // No timeout: this promise never settles by itself; it ends (rejected, ignored) when the tab closes.
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  await untilLoaded(page, (state) => state.href === url);
  // As a person would, look at it: a background tab's timers are slowed down to one a second.
  await page.bringToFront();
}

/** Reloads an add-on page (the same way: no load event to wait for). */
export async function reloadAddonPage(page: Page): Promise<void> {
  await markDocument(page);
  await page.evaluate(() => location.reload());
  await untilLoaded(page, () => true);
}

const MARK = '__postingCoachTestLeaving';

async function markDocument(page: Page): Promise<void> {
  await page.evaluate((mark: string) => ((window as unknown as Record<string, boolean>)[mark] = true), MARK).catch(() => undefined);
}

// Polled with evaluate, not waitForFunction: while the old document goes, Firefox's BiDi can fail
// an evaluation with an internal TypeError, which waitForFunction reports as a failure; here it
// just means "not yet".
async function untilLoaded(page: Page, ok: (state: { href: string }) => boolean): Promise<void> {
  await until(
    () => page.evaluate((mark: string) => ({ href: location.href, ready: document.readyState, marked: !!(window as unknown as Record<string, boolean>)[mark] }), MARK),
    (state) => state.ready === 'complete' && !state.marked && ok(state),
    { timeout: 15_000, message: 'the add-on page loaded' },
  );
}

type Storage = { storage: { local: { get(k: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };

/** Reads one key of the add-on's local storage, from one of its pages. */
export function storageGet(page: Page, key: string): Promise<any> {
  return page.evaluate(async (k: string) => (await (globalThis as unknown as { browser: Storage }).browser.storage.local.get(k))[k], key);
}

/** Writes the add-on's local storage, from one of its pages. */
export async function storageSet(page: Page, values: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (v: Record<string, unknown>) => (globalThis as unknown as { browser: Storage }).browser.storage.local.set(v), values);
}
