// The coach in a fixture page, read as the Chromium tests read it: the editor's own model text
// (window.__fixture) and what the coach shows, through its test hook (test builds only, switched on in storage).
import type { Page } from 'puppeteer-core';
import { readCoachState, type CoachBoxState } from '../helpers/coach-state.ts';
import { openAddonPage, storageSet } from './extension-pages.ts';
import { until } from './wait.ts';

export type { CoachBoxState };

/** The storage switch the background reads in a test build (src/background/coach-config.ts). */
const TEST_HOOK_KEY = 'postingCoachTestHook';

/** Switches the coach's test hook on, from an add-on page opened (and closed) for it. */
export async function enableTestHook(helper: Page): Promise<void> {
  await openAddonPage(helper, 'popup.html');
  await storageSet(helper, { [TEST_HOOK_KEY]: true });
}

/** Waits until the fixture's composer is mounted (after load, navigation or a replaced box). */
export async function waitForComposer(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const fixture = (window as unknown as { __fixture?: { ready: boolean; view: string } }).__fixture;
    return fixture?.ready === true && fixture.view === 'compose';
  }, { timeout: 15_000 });
}

/** The editor's own model text (Draft/Lexical/Quill/ProseMirror state, React state, or the box). */
export function modelText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __fixture: { getModelText(i: number): string } }).__fixture.getModelText(0));
}

/** What the coach shows, through its test hook; [] when it has not loaded. */
export function coachState(page: Page): Promise<CoachBoxState[]> {
  return page.evaluate(readCoachState);
}

/** Waits until the coach has analysed exactly `text` in its only box; returns that box's state. */
export async function settledState(page: Page, text: string): Promise<CoachBoxState> {
  const boxes = await until(() => coachState(page), (b) => b.length === 1 && b[0]!.text === text, { message: 'the coach analysed the text' });
  return boxes[0]!;
}

/** The badge's text (the number of nudges, or ✓), or null when there is none. */
export function badgeText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('posting-coach-ui');
    const badge = host?.shadowRoot?.querySelector('.pc-badge') ?? host?.querySelector('.pc-badge');
    return badge ? (badge.textContent ?? '').trim() : null;
  });
}
