// From the compose box to the review page: what the coach showed while someone wrote a post
// is stored once by the background, exactly as sent, and shown with the promotion ratio.
import { FIXTURES } from './fixture-server.ts';
import { modelText, waitForComposer } from './fixture-page.ts';
import { replaceText } from './compose-actions';
import { SELF_PROMOTION } from './compose-posts';
import { FAST, recordHistory, settledState, siteUrlOf } from './compose-sites';
import { expect, test } from './compose-test';
import { openReview, storedEvents } from './history-helpers';

const textarea = FIXTURES.find((f) => f.id === 'mastodon')!;

test('a post written in a compose box shows up on the review page', async ({ page, context, extensionId, serviceWorker }) => {
  const seen = await recordHistory(serviceWorker);
  await page.goto(siteUrlOf(textarea));
  await waitForComposer(page);
  await replaceText(page, textarea, SELF_PROMOTION.text, 'insert');
  await settledState(page, SELF_PROMOTION.text);
  await page.locator('[data-fixture="post"]').click();
  await expect.poll(() => modelText(page), FAST).toBe('');
  await expect.poll(async () => (await seen()).filter((e) => e.outcome === 'posted-open').length, FAST).toBeGreaterThan(0);

  const review = await openReview(context, extensionId);
  const sent = (await seen()) as unknown as { id: string }[];
  // The background may still be writing the last batch when the page first asks.
  await expect.poll(async () => (await storedEvents(review)).map((e) => e.id).sort(), FAST).toEqual([...new Set(sent.map((e) => e.id))].sort());
  const stored = await storedEvents(review);
  await openReview(context, extensionId, review);
  expect(stored.every((e) => e.site === 'mastodon' && e.text === undefined)).toBe(true);

  await expect(review.locator('.page-info')).toHaveText(`1–${stored.length} of ${stored.length}`);
  await expect(review.locator('.history-table')).toContainText('Posted with nudge open');
  await expect(review.locator('.ratio-text')).toContainText('1 of 1 posts sent in the last 30 days (100%) went out self-promotional.');
  await review.locator('#filter-rule').selectOption('self-promotion');
  await expect(review.locator('.history-table tbody tr.event')).not.toHaveCount(0);
  for (const row of await review.locator('.history-table tbody tr.event').allInnerTexts()) expect(row).toContain('Self-promotion');
});
