// Review-page bench: `npm run bench:review` (builds nothing; uses the built extension in
// $POSTING_COACH_OUT or .output). Seeds 100,000 events, then times the first render of the
// review page (cold: service worker just stopped, so the history is read from IndexedDB; warm:
// worker running) and applying filters. Writes bench/results-review.json. Reported, never asserted.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { Page } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, serviceWorkerOf } from '../tests/e2e/extension';
import { stopServiceWorkers } from '../tests/e2e/history-helpers';
import { sampleEvents } from '../src/history/sample-events';

// The extension API as seen inside page.evaluate (only what these steps use).
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<any> };
  storage: { local: { set(values: Record<string, unknown>): Promise<void> } };
};

const EVENTS = 100_000;
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

async function seed(page: Page): Promise<number> {
  const events = sampleEvents(EVENTS, { now: Date.now(), days: 180, seed: 99, idPrefix: 'bench' });
  const t0 = performance.now();
  for (let i = 0; i < events.length; i += 5000) {
    const reply = await page.evaluate((batch) => chrome.runtime.sendMessage({ type: 'history/import', events: batch }), events.slice(i, i + 5000));
    if (!(reply as { ok?: boolean }).ok) throw new Error(`seeding failed: ${JSON.stringify(reply)}`);
  }
  return performance.now() - t0;
}

/** Navigation start to the table on screen, and to everything (chart, ratio, filters) on screen, measured in the page. */
async function firstRender(page: Page, url: string): Promise<{ table: number; full: number }> {
  await page.goto(url);
  await page.locator('.page-info').waitFor({ timeout: 120_000 });
  const table = await page.evaluate(() => performance.now());
  await page.locator('main[data-state=ready] .trend, main[data-state=ready] .trend-section').first().waitFor({ timeout: 120_000 });
  const full = await page.evaluate(() => performance.now());
  return { table, full };
}

/**
 * Applies a filter inside the page and times it there, from the event to the new count and
 * overview on screen (a MutationObserver sees the DOM change). Timing from Node would add
 * Playwright's own click checks, which are not the page's speed.
 */
async function timeFilter(page: Page, action: string): Promise<number> {
  // A string, not a function: tsx would wrap named helpers in a __name() the page lacks.
  return page.evaluate(`new Promise((resolve, reject) => {
    const main = document.querySelector('main');
    const before = document.querySelector('.page-info, .no-match')?.textContent ?? '';
    const t0 = performance.now();
    const done = () => {
      const info = document.querySelector('.page-info, .no-match')?.textContent ?? '';
      if (main.dataset.state === 'ready' && info !== before) {
        observer.disconnect();
        resolve(performance.now() - t0);
      }
    };
    const observer = new MutationObserver(done);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => reject(new Error('no change after 60 s')), 60000);
    ${action}
  })`) as Promise<number>;
}

const select = (id: string, value: string) =>
  `{ const el = document.getElementById('${id}'); el.value = '${value}'; el.dispatchEvent(new Event('change', { bubbles: true })); }`;
const typeSearch = (text: string) =>
  `{ const el = document.getElementById('filter-search'); el.value = '${text}'; el.dispatchEvent(new Event('input', { bubbles: true }));
     el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); }`;
const clearFilters = `[...document.querySelectorAll('button')].find((b) => b.textContent === 'Clear filters').click();`;

async function main(): Promise<void> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) throw new Error(`build the extension first: no ${EXTENSION_DIR}/manifest.json`);
  const { context, dir } = await launchWithExtension();
  try {
    const id = new URL((await serviceWorkerOf(context)).url()).host;
    const url = `chrome-extension://${id}/review.html`;
    const page = await context.newPage();
    await page.goto(url);
    // Room for all of them: the default keeps 50,000 events for 180 days.
    await page.evaluate(() => chrome.storage.local.set({ settings: { retentionDays: 365, maxEvents: 200_000 } }));
    const seedMs = await seed(page);

    const cold: { table: number; full: number }[] = [];
    const warm: { table: number; full: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      await stopServiceWorkers(context, page);
      cold.push(await firstRender(page, url));
      warm.push(await firstRender(page, url));
    }
    await page.locator('main[data-state=ready]').waitFor();
    const total = await page.locator('.page-info').innerText();

    const site: number[] = [];
    const search: number[] = [];
    const reset: number[] = [];
    const sites = ['linkedin', 'x', 'mastodon', 'bluesky', 'facebook'];
    for (let i = 0; i < RUNS; i++) {
      site.push(await timeFilter(page, select('filter-site', sites[i % sites.length]!)));
      search.push(await timeFilter(page, typeSearch(i % 2 ? 'trots' : 'colleagues')));
      reset.push(await timeFilter(page, clearFilters));
    }
    const results = {
      date: new Date().toISOString(),
      machine: `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${os.platform()}`,
      // Other work on the machine inflates every number; keep the load with the results.
      loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10),
      events: EVENTS,
      table: total,
      seedMs: Math.round(seedMs),
      firstRenderMs: {
        tableColdMedian: round(median(cold.map((r) => r.table))),
        fullColdMedian: round(median(cold.map((r) => r.full))),
        tableWarmMedian: round(median(warm.map((r) => r.table))),
        fullWarmMedian: round(median(warm.map((r) => r.full))),
        cold: cold.map((r) => ({ table: round(r.table), full: round(r.full) })),
        warm: warm.map((r) => ({ table: round(r.table), full: round(r.full) })),
      },
      filterMs: {
        siteMedian: round(median(site)),
        searchMedian: round(median(search)),
        resetMedian: round(median(reset)),
        site: site.map(round),
        search: search.map(round),
        reset: reset.map(round),
      },
      notes:
        'table = the first 50 rows and the count on screen; everything = chart, ratio and filter choices too. cold = service worker stopped before the page loads, so the background reads all events from IndexedDB; warm = events cached in the worker. Filter times are measured in the page, from the change event to the new count and overview on screen (search: Enter applies it, no typing pause).',
    };
    console.log(`Review page with ${EVENTS.toLocaleString('en')} events (${total})`);
    console.log(`  seeding: ${results.seedMs} ms`);
    const f = results.firstRenderMs;
    console.log(`  first render, table: cold ${f.tableColdMedian} ms, warm ${f.tableWarmMedian} ms (median of ${RUNS})`);
    console.log(`  first render, everything (chart, ratio, filters): cold ${f.fullColdMedian} ms, warm ${f.fullWarmMedian} ms`);
    console.log(`  filter by site: ${results.filterMs.siteMedian} ms; search: ${results.filterMs.searchMedian} ms; clear filters: ${results.filterMs.resetMedian} ms`);
    writeFileSync('bench/results-review.json', `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
