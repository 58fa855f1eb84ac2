// One measured run: open a fixture on its site's origin, click the box, pause like a person would,
// type the text with no delay, and time it; then (with the extension) time the first nudge.
import type { BrowserContext, CDPSession } from '@playwright/test';
import type { FixtureInfo } from '../../tests/e2e/fixture-server.ts';
import { siteUrlOf } from '../../tests/e2e/fixture-sites.ts';
import { modelText, waitForComposer } from '../../tests/e2e/fixture-page.ts';
import { nudgeLatency, watchKeys } from './hook.ts';

/** Pause between clicking the box and the first key, as a person has; the coach loads on focus. */
export const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 1000);

export interface RunResult {
  /** Wall-clock time per keystroke as Playwright types (includes the DevTools round trip). */
  msPerKey: number;
  /** Main-thread busy time of the page's renderer per keystroke (page + content script), from CDP. */
  cpuMsPerKey: number;
  nudgeMs: number | null;
  textIntact: boolean;
}

export async function measureRun(
  context: BrowserContext,
  fixture: FixtureInfo,
  text: string,
  withNudge: boolean,
): Promise<RunResult> {
  const page = await context.newPage();
  try {
    await page.goto(siteUrlOf(fixture));
    await waitForComposer(page);
    await watchKeys(page);
    await page.locator(fixture.editable).click();
    await page.waitForTimeout(SETTLE_MS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const busyBefore = await taskSeconds(cdp);
    const start = performance.now();
    await page.keyboard.type(text);
    const elapsed = performance.now() - start;
    const busy = (await taskSeconds(cdp)) - busyBefore;
    const nudgeMs = withNudge ? await nudgeLatency(page, text.slice(-40)) : null;
    return { msPerKey: elapsed / text.length, cpuMsPerKey: (busy * 1000) / text.length, nudgeMs, textIntact: (await modelText(page)) === text };
  } finally {
    await page.close();
  }
}

// Chromium's TaskDuration: seconds the renderer's main thread spent running tasks so far.
async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN;
}
