// The review page as a reviewer uses it: filters, chart, ratio, clearing, Dutch, keyboard.
import { test, expect } from './extension';
import { openReview, record, setStorage } from './history-helpers';
import { makeEvent } from '../../src/history/test-event';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';

const DAY = 86_400_000;

function history(now: number) {
  return [
    makeEvent({ id: 'a1', postId: 'a', site: 'x', time: now - 2 * DAY, rule: 'self-praise', category: 'self-promotion', outcome: 'shown', excerpt: 'Our award-winning team' }),
    makeEvent({ id: 'a2', postId: 'a', site: 'x', time: now - 2 * DAY + 1, rule: 'self-praise', category: 'self-promotion', outcome: 'posted-open', excerpt: 'Our award-winning team' }),
    makeEvent({ id: 'b1', postId: 'b', site: 'linkedin', time: now - 3 * DAY, outcome: 'shown', excerpt: 'Read our news' }),
    makeEvent({ id: 'b2', postId: 'b', site: 'linkedin', time: now - 3 * DAY + 1, outcome: 'fixed', excerpt: 'Read our news, what do you think?' }),
    makeEvent({ id: 'b3', postId: 'b', site: 'linkedin', time: now - 3 * DAY + 2, outcome: 'posted-clean', rule: '', category: '', severity: '' }),
    makeEvent({ id: 'c1', postId: 'c', site: 'mastodon', time: now - 20 * DAY, outcome: 'shown', excerpt: 'Old one' }),
    makeEvent({ id: 'c2', postId: 'c', site: 'mastodon', time: now - 20 * DAY + 1, outcome: 'dismissed', excerpt: 'Old one' }),
  ];
}

test('filters, trend, acted-on share and promotion ratio', async ({ context, extensionId }) => {
  const page = await openReview(context, extensionId);
  await expect(page.getByRole('heading', { name: 'No history yet' })).toBeVisible();
  await record(page, history(Date.now()));
  await openReview(context, extensionId, page);
  const info = page.locator('.page-info');
  await expect(info).toHaveText('1–7 of 7');
  await expect(page.locator('.acted-share')).toHaveText('1 of 3 nudges (33%) were acted on.');
  await expect(page.locator('.ratio-text')).toContainText('1 of 2 posts sent in the last 30 days (50%) went out self-promotional.');
  await expect(page.locator('.ratio')).toContainText('Norm of the pack: at most 1 in 10.');
  await expect(page.locator('.ratio-over')).toBeVisible();
  await expect(page.locator('svg .series')).toHaveCount(2);

  await page.getByLabel('Site').selectOption('linkedin');
  await expect(info).toHaveText('1–3 of 3');
  await expect(page.locator('.acted-share')).toHaveText('1 of 1 nudges (100%) were acted on.');
  await page.getByLabel('Outcome').selectOption('fixed');
  await expect(info).toHaveText('1–1 of 1');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(info).toHaveText('1–7 of 7');

  await page.getByLabel('Search').fill('award');
  await expect(info).toHaveText('1–2 of 2');
  await page.getByLabel('Search').fill('nothing like this');
  await page.getByLabel('Search').press('Enter');
  await expect(page.locator('.no-match')).toHaveText('No events match these filters.');
  await page.getByRole('button', { name: 'Clear filters' }).click();

  const tenDaysAgo = new Date(Date.now() - 10 * DAY);
  const iso = `${tenDaysAgo.getFullYear()}-${String(tenDaysAgo.getMonth() + 1).padStart(2, '0')}-${String(tenDaysAgo.getDate()).padStart(2, '0')}`;
  await page.getByLabel('From').fill(iso);
  await expect(info).toHaveText('1–5 of 5');
  await page.locator('#filter-rule').selectOption('broadcast-only');
  await expect(info).toHaveText('1–2 of 2');
});

test('clearing asks first, works from the keyboard, and leaves the empty state', async ({ context, extensionId }) => {
  const page = await openReview(context, extensionId);
  await record(page, history(Date.now()));
  await openReview(context, extensionId, page);
  const open = page.getByRole('button', { name: 'Clear the history…' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Delete all 7 events from this browser?')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.page-info')).toHaveText('1–7 of 7');
  await expect(open).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Yes, delete everything' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'No history yet' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No history yet' })).toBeVisible();
});

test('speaks Dutch when the settings say so, and says when a full disk forced pruning', async ({ context, extensionId }) => {
  const page = await openReview(context, extensionId);
  await setStorage(page, { settings: { ...DEFAULT_SETTINGS, uiLang: 'nl' } });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Nog geen geschiedenis' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  await record(page, history(Date.now()));
  // The writer notes quota pruning in its meta store; here we put such a note in place.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('posting-coach-history');
        req.onsuccess = () => {
          const tx = req.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ at: Date.now(), removed: 250 }, 'quota');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await page.locator('main[data-state=ready]').waitFor();
  await expect(page.locator('.page-info')).toHaveText('1–7 van 7');
  await expect(page.locator('.quota-note')).toContainText('de oudste 250 gebeurtenissen zijn verwijderd');
  await expect(page.locator('.ratio')).toContainText('hoogstens 1 op 10');
  await expect(page.getByRole('button', { name: 'Gebeurtenissen als CSV' })).toBeVisible();
  await expect(page.locator('.history-table')).toContainText('Aangepast');
});
