// Shared steps of the history and review browser tests: open the review page, write events as
// a content script would, read back what the background stored, stop the service worker.
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { HistoryEvent } from '../../src/history/events';

// The extension API as seen inside page.evaluate (only what these steps use).
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<any> };
  storage: { local: { set(values: Record<string, unknown>): Promise<void> } };
};

export async function openReview(context: BrowserContext, extensionId: string, page?: Page): Promise<Page> {
  const p = page ?? (await context.newPage());
  await p.goto(`chrome-extension://${extensionId}/review.html`);
  await p.locator('main[data-state=ready]').waitFor();
  return p;
}

/** Sends one history/record message from an extension page, as the content script does. */
export function record(page: Page, events: HistoryEvent[]): Promise<unknown> {
  return page.evaluate((evs) => chrome.runtime.sendMessage({ type: 'history/record', events: evs }), events);
}

/** Every stored event, newest first, through the background's query message. */
export function storedEvents(page: Page): Promise<HistoryEvent[]> {
  return page.evaluate(async () => {
    const out: HistoryEvent[] = [];
    for (let offset = 0; ; offset += 5000) {
      const reply = await chrome.runtime.sendMessage({ type: 'history/query', filter: {}, offset, limit: 5000 });
      out.push(...reply.events);
      if (out.length >= reply.total || reply.events.length === 0) return out;
    }
  });
}

export async function setStorage(page: Page, values: Record<string, unknown>): Promise<void> {
  await page.evaluate((v) => chrome.storage.local.set(v), values);
}

/** Stops every service worker of the profile (the extension's background among them) through CDP. */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<() => string[]> {
  const cdp = await context.newCDPSession(page);
  const states: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => states.push(...e.versions.map((v) => v.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  return () => states;
}

/** Clicks an export button and returns the saved file's text. */
export async function exportText(page: Page, buttonName: string | RegExp): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

/** The visible event rows of the review table (not the per-post heading rows), as text. */
export function tableRows(page: Page): Promise<string[]> {
  return page.locator('.history-table tbody tr.event').allInnerTexts();
}
