// The add-on's own pages, opened as tabs. Firefox's WebDriver BiDi reports no load event for
// moz-extension:// documents (navigationCommitted comes, load never does), so Puppeteer's goto
// would wait forever: the navigation is started and the document itself is watched instead.
import type { Page } from 'puppeteer-core';
import { ADDON_ORIGIN } from './firefox.ts';

export const addonUrl = (page: string) => `${ADDON_ORIGIN}/${page}`;

/** Opens popup.html, options.html, review.html… of the add-on in `page` and waits until it is loaded. */
export async function openAddonPage(page: Page, name: string): Promise<void> {
  const url = addonUrl(name);
  // No timeout: this promise never settles by itself; it ends (rejected, ignored) when the tab closes.
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  await page.waitForFunction((u: string) => location.href === u && document.readyState === 'complete', { timeout: 15_000 }, url);
}

/** Reloads an add-on page (the same way: no load event to wait for). */
export async function reloadAddonPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __beforeReload?: boolean }).__beforeReload = true;
    location.reload();
  });
  await page.waitForFunction(() => !(window as unknown as { __beforeReload?: boolean }).__beforeReload && document.readyState === 'complete', { timeout: 15_000 });
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
