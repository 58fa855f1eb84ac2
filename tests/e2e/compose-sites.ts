// The compose tests open each fixture page under the real site it mimics (https://x.com/…),
// answered by Playwright from the local fixture server: so the extension's real manifest
// matches, site adapters and permissions are what is tested, and nothing reaches the network.
import { expect, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FixtureServer } from './fixture-server.ts';
import { SITE_HOSTS, siteUrlOf } from './fixture-sites.ts';
import { FIXTURE_DIST } from './fixtures/build.ts';
import { readCoachState, type CoachBoxState } from '../helpers/coach-state.ts';

/** Poll often: the coach answers within a few hundred milliseconds. */
export const FAST = { intervals: [50, 100, 200] };

export { siteUrlOf };

// Besides the fixtures' own hosts, the compose specs open a page of their own on YouTube (a plain
// contenteditable comment box) and Mastodon markup on threads.net (found by markup, not host).
const EXTRA_HOSTS = ['www.youtube.com', 'www.threads.net'];

/**
 * Answers the sites' URLs from the fixture server (`via: 'server'`, so its log sees every
 * request: the privacy spec) or, faster, straight from the built files with the server only for
 * what is not a file (`via: 'files'`).
 */
export async function serveFixturesAsSites(context: BrowserContext, server: FixtureServer, via: 'server' | 'files' = 'files'): Promise<void> {
  const hosts = new Set([...SITE_HOSTS, ...EXTRA_HOSTS]);
  await context.route((url) => hosts.has(url.hostname), async (route) => {
    const url = new URL(route.request().url());
    const file = path.join(FIXTURE_DIST, decodeURIComponent(url.pathname));
    if (via === 'files' && file.startsWith(FIXTURE_DIST + path.sep) && existsSync(file) && statSync(file).isFile()) {
      return route.fulfill({ path: file, headers: { 'cache-control': 'no-store' } });
    }
    const response = await route.fetch({ url: new URL(`${url.pathname.slice(1)}${url.search}`, server.url).href });
    await route.fulfill({ response });
  });
}

/** Switches the coach's test hook on (stored, read by the coach when it loads). */
export async function enableTestHook(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ postingCoachTestHook: true }),
  );
}

export type { CoachBoxState };

/** Asks the coach (through its test hook) what it shows; [] when it is not loaded. */
export function coachState(page: Page): Promise<CoachBoxState[]> {
  return page.evaluate(readCoachState);
}

/** Waits until the coach has analysed exactly `text` in its only box, and returns that box's state. */
export async function settledState(page: Page, text: string): Promise<CoachBoxState> {
  let last: CoachBoxState[] = [];
  await expect
    .poll(async () => {
      last = await coachState(page);
      return last.length === 1 && last[0]!.text === text;
    }, { ...FAST, message: `the coach analysed the text (saw ${JSON.stringify(last.map((b) => b.text))})` })
    .toBe(true);
  return last[0]!;
}

/** Tag names, attribute names and text of an editor's subtree: anything we added would show. */
export function serialiseEditor(locator: Locator): Promise<string> {
  return locator.evaluate((root) => {
    const walk = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return JSON.stringify((node as Text).data);
      if (!(node instanceof Element)) return '';
      const attrs = [...node.attributes].map((a) => a.name).sort().join(',');
      return `<${node.tagName.toLowerCase()} ${attrs}>${[...node.childNodes].map(walk).join('')}</>`;
    };
    return walk(root);
  });
}

type Chrome = {
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
  runtime: { onMessage: { addListener(fn: (message: unknown) => void): void } };
};

/** Merges a settings patch into the stored settings, as the options page would. */
export async function patchSettings(serviceWorker: Worker, patch: Record<string, unknown>): Promise<void> {
  await serviceWorker.evaluate(async (p) => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object | undefined), ...p } });
  }, patch);
}

export interface SeenEvent {
  outcome: string;
  rule: string;
  postId: string;
  site: string;
  excerpt?: string;
  text?: string;
}

/** Starts keeping every history event the background receives; returns a reader. */
export async function recordHistory(serviceWorker: Worker): Promise<() => Promise<SeenEvent[]>> {
  await serviceWorker.evaluate(() => {
    const g = globalThis as unknown as { chrome: Chrome; __seenHistory?: unknown[] };
    if (g.__seenHistory) return;
    g.__seenHistory = [];
    g.chrome.runtime.onMessage.addListener((message) => {
      const m = message as { type?: string; events?: unknown[] };
      if (m?.type === 'history/record') g.__seenHistory!.push(...(m.events ?? []));
    });
  });
  return () => serviceWorker.evaluate(() => (globalThis as unknown as { __seenHistory: SeenEvent[] }).__seenHistory);
}
