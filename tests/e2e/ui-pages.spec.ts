// Every extension page as people meet it, in Dutch and English: readable text (Chromium's own
// `body { font-size: 75% }` undone), no raw rule, site or pack id in the Dutch UI, and no serious
// or critical accessibility violation found by axe-core, also with the coach's panel open.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { FIXTURES } from './fixture-server.ts';
import { modelText, waitForComposer } from './fixture-page.ts';
import { badge, replaceText } from './compose-actions';
import { GOOD_POST, SELF_PROMOTION } from './compose-posts';
import { FAST, patchSettings, recordHistory, settledState, siteUrlOf } from './compose-sites';
import { expect, test } from './compose-test';
import { openReview, record } from './history-helpers';
import { makeEvent } from '../../src/history/test-event';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['popup.html', 'options.html', 'welcome.html', 'review.html'] as const;
// Ids that must never show as such in the Dutch UI (rules, categories, sites, the default pack).
const RAW_IDS = /\b(self-promotion|press-release|off-strategy|on-behalf|broadcasting|confidential|linkedin|facebook|bluesky|mastodon|default \d)/;

async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target).slice(0, 3))}`);
  }, include);
}

const HISTORY = (now: number) => [
  makeEvent({ id: 'h1', postId: 'p', site: 'linkedin', rule: 'self-promotion', category: 'self-promotion', time: now - 3_600_000, outcome: 'shown', excerpt: 'proud to announce' }),
  makeEvent({ id: 'h2', postId: 'p', site: 'linkedin', rule: 'self-promotion', category: 'self-promotion', time: now - 3_500_000, outcome: 'fixed', excerpt: 'proud to announce' }),
  makeEvent({ id: 'h3', postId: 'q', site: 'bluesky', rule: 'press-release', category: 'press-release', time: now - 86_400_000, outcome: 'posted-open', excerpt: 'FOR IMMEDIATE RELEASE' }),
];

for (const lang of ['nl', 'en'] as const) {
  test(`extension pages in ${lang}: readable size, human names, no serious accessibility violations`, async ({ context, extensionId, serviceWorker }) => {
    await patchSettings(serviceWorker, { uiLang: lang });
    const review = await openReview(context, extensionId);
    await record(review, HISTORY(Date.now()));
    for (const name of PAGES) {
      const page = name === 'review.html' ? review : await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await page.locator('main').first().waitFor();
      if (name === 'review.html') await page.locator('main[data-state=ready] .history-table').waitFor();
      const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      expect(size, `${name}: body text size`).toBeGreaterThanOrEqual(13);
      if (lang === 'nl') {
        const text = await page.locator('body').innerText();
        expect(text.match(RAW_IDS)?.[0], `${name}: a raw id is shown`).toBeUndefined();
        if (name === 'review.html') for (const human of ['Zelfpromotie', 'LinkedIn', 'Geplakt persbericht']) expect(text).toContain(human);
      }
      expect(await axeViolations(page), `${name}: axe`).toEqual([]);
    }
  });
}

test('the coach panel in the page has no serious accessibility violation', async ({ page }) => {
  const fixture = FIXTURES.find((f) => f.id === 'linkedin')!;
  await page.goto(siteUrlOf(fixture));
  await waitForComposer(page);
  await replaceText(page, fixture, SELF_PROMOTION.text, 'insert');
  await settledState(page, SELF_PROMOTION.text);
  await badge(page).click();
  await expect(page.getByRole('dialog', { name: 'Posting Coach' })).toBeVisible();
  expect(await axeViolations(page, 'posting-coach-ui')).toEqual([]);
});

test('the review page shows, for a nudge fixed by editing, words that were really in the post', async ({ page, context, extensionId, serviceWorker }) => {
  const seen = await recordHistory(serviceWorker);
  const fixture = FIXTURES.find((f) => f.id === 'mastodon')!;
  await page.goto(siteUrlOf(fixture));
  await waitForComposer(page);
  await replaceText(page, fixture, SELF_PROMOTION.text, 'insert');
  const before = await settledState(page, SELF_PROMOTION.text);
  expect(before.findings.map((f) => f.rule)).toContain('self-promotion');
  // The writer rewrites the post: the nudge goes away, so it was fixed by editing.
  await replaceText(page, fixture, GOOD_POST, 'insert');
  await settledState(page, GOOD_POST);
  await expect.poll(async () => (await seen()).filter((e) => e.outcome === 'fixed' && e.rule === 'self-promotion').length, FAST).toBeGreaterThan(0);
  expect(await modelText(page)).toBe(GOOD_POST);

  const review = await openReview(context, extensionId);
  await review.locator('#filter-outcome').selectOption('fixed');
  const rows = review.locator('.history-table tr.event');
  await expect(rows.first()).toBeVisible();
  for (const excerpt of await rows.locator('td.excerpt').allInnerTexts()) {
    expect(excerpt.length).toBeGreaterThan(0);
    expect(SELF_PROMOTION.text, `"${excerpt}" was in the post that was nudged`).toContain(excerpt);
  }
});
