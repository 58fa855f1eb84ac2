import { launchWithExtension, serviceWorkerOf } from '../tests/e2e/extension';
import { sampleEvents } from '../src/history/sample-events';
const { context } = await launchWithExtension();
const sw = await serviceWorkerOf(context);
const id = new URL(sw.url()).host;
const page = await context.newPage();
await page.goto(`chrome-extension://${id}/review.html`);
await page.evaluate('chrome.storage.local.set({ settings: { retentionDays: 365, maxEvents: 200000 } })');
const events = sampleEvents(100000, { now: Date.now(), days: 180 });
for (let i = 0; i < events.length; i += 10000) await page.evaluate((b) => (globalThis as any).chrome.runtime.sendMessage({ type: 'history/import', events: b }), events.slice(i, i + 10000));
await page.goto(`chrome-extension://${id}/review.html`);
await page.locator('main[data-state=ready]').waitFor();
for (let i = 0; i < 3; i++) {
  await page.locator('#filter-site').selectOption('x');
  await page.waitForTimeout(1000);
  const r = await page.evaluate(`new Promise((resolve) => {
    const marks = [];
    const t0 = performance.now();
    const obs = new MutationObserver(() => {
      const info = document.querySelector('.page-info')?.textContent ?? '';
      marks.push(Math.round(performance.now() - t0) + ' ' + document.querySelector('main').dataset.state + ' ' + info);
      if (info.includes('100,000') && document.querySelector('main').dataset.state === 'ready') { obs.disconnect(); resolve(marks); }
    });
    obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Clear filters').click();
  })`);
  console.log(r);
}
await context.close();
