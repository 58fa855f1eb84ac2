// Waiting for what a person would see: poll until a value is what it should be, then fail with
// what was last seen. (node:test has no retrying assertions of its own.)
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'puppeteer-core';

const INTERVALS = [50, 100, 200, 250];

export interface WaitOptions {
  timeout?: number;
  message?: string;
}

/** Polls `read` until `ok(value)`; returns that value, or throws with the last one seen. */
export async function until<T>(read: () => Promise<T> | T, ok: (value: T) => boolean, options: WaitOptions = {}): Promise<T> {
  const deadline = Date.now() + (options.timeout ?? 10_000);
  let last: T | undefined;
  let lastError: unknown;
  for (let i = 0; ; i++) {
    try {
      last = await read();
      lastError = undefined;
      if (ok(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `error ${String(lastError)}` : JSON.stringify(last)?.slice(0, 600);
      throw new Error(`${options.message ?? 'waited in vain'} (last seen: ${seen})`);
    }
    await new Promise((resolve) => setTimeout(resolve, INTERVALS[Math.min(i, INTERVALS.length - 1)]));
  }
}

/** Polls until `read()` deep-equals `expected`. */
export function untilEqual<T>(read: () => Promise<T> | T, expected: T, options: WaitOptions = {}): Promise<T> {
  return until(read, (value) => isDeepStrictEqual(value, expected), { message: `expected ${JSON.stringify(expected).slice(0, 300)}`, ...options });
}

/** The page's visible text (innerText of the body). */
export function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body?.innerText ?? '');
}

/** Waits until the page shows `text` (a string to contain, or a pattern). */
export function untilPageShows(page: Page, text: string | RegExp, options: WaitOptions = {}): Promise<string> {
  const matches = (body: string) => (typeof text === 'string' ? body.replace(/\s+/g, ' ').includes(text) : text.test(body));
  return until(() => pageText(page), matches, { message: `the page shows ${String(text)}`, ...options });
}

/** Waits until the page no longer shows `text`. */
export function untilPageHides(page: Page, text: string, options: WaitOptions = {}): Promise<string> {
  return until(() => pageText(page), (body) => !body.replace(/\s+/g, ' ').includes(text), { message: `the page no longer shows ${text}`, ...options });
}
