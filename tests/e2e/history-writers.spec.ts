// Nothing lost, nothing doubled: five tabs writing at once, retries with the same ids, and a
// service worker stopped in the middle of an import.
import { test, expect } from './extension';
import { openReview, record, stopServiceWorkers, storedEvents } from './history-helpers';
import { sampleEvents } from '../../src/history/sample-events';
import { eventsToJson } from '../../src/history/formats';

test('nudges from five tabs at once are all recorded exactly once', async ({ context, extensionId }) => {
  const now = Date.now();
  const tabs = await Promise.all(Array.from({ length: 5 }, () => openReview(context, extensionId)));
  const perTab = tabs.map((_, i) => sampleEvents(200, { now, days: 20, seed: i + 1, idPrefix: `tab${i}` }));
  // Every tab also re-sends a batch of its neighbour, as a retry after a lost reply would.
  await Promise.all(
    tabs.map(async (tab, i) => {
      const mine = perTab[i]!;
      const sends: Promise<unknown>[] = [];
      for (let b = 0; b < mine.length; b += 10) sends.push(record(tab, mine.slice(b, b + 10)));
      sends.push(record(tab, perTab[(i + 1) % 5]!.slice(0, 25)));
      const replies = await Promise.all(sends);
      for (const reply of replies) expect(reply).toMatchObject({ ok: true });
    }),
  );
  const stored = await storedEvents(tabs[0]!);
  const expected = perTab.flat().map((e) => e.id).sort();
  expect(stored.map((e) => e.id).sort()).toEqual(expected);

  // What a reviewer sees: the table counts every event once.
  const review = await openReview(context, extensionId, tabs[0]);
  await expect(review.locator('.page-info')).toHaveText(`1–50 of ${expected.length.toLocaleString('en-GB')}`);
});

test('a service worker stopped in the middle of writes loses and doubles nothing', async ({ context, extensionId }) => {
  // 20,000 events: on a loaded 2-core machine the import alone can take a minute.
  test.setTimeout(180_000);
  const page = await openReview(context, extensionId);
  const events = sampleEvents(20_000, { now: Date.now(), days: 60, seed: 11, idPrefix: 'sw' });
  await page.setInputFiles('#import-files', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(eventsToJson(events, Date.now())) });
  const status = page.locator('.import .status');
  // Stop the worker while the import is under way; once it carried on, stop it again.
  await expect(status).toContainText(/Importing… [1-9]/, { timeout: 20_000 });
  const before = await status.innerText();
  expect(before).toContain('Importing');
  const states = await stopServiceWorkers(context, page);
  await expect(status).not.toHaveText(before, { timeout: 20_000 });
  // A second stop while it is still importing, when the machine is slow enough to catch it.
  if ((await status.innerText()).includes('Importing')) await stopServiceWorkers(context, page);
  await expect(status).toContainText('Imported', { timeout: 120_000 });
  expect(states()).toContain('stopped');

  const stored = await storedEvents(page);
  expect(stored).toHaveLength(20_000);
  expect(new Set(stored.map((e) => e.id)).size).toBe(20_000);
  // Every batch was acknowledged: new ones plus those a lost reply made us send again.
  const [, added, duplicates] = /Imported ([\d,]+) new events from 1 file\(s\); ([\d,]+) were already there/.exec(await status.innerText()) ?? [];
  expect(Number(added!.replace(/,/g, '')) + Number(duplicates!.replace(/,/g, ''))).toBe(20_000);
  await expect(page.locator('.page-info')).toHaveText('1–50 of 20,000');
});

test('writes sent while the worker is stopped wake it and are kept', async ({ context, extensionId }) => {
  const page = await openReview(context, extensionId);
  const events = sampleEvents(300, { now: Date.now(), days: 5, seed: 5, idPrefix: 'wake' });
  await record(page, events.slice(0, 100));
  await stopServiceWorkers(context, page);
  const replies = await Promise.all([record(page, events.slice(100, 200)), record(page, events.slice(200)), record(page, events.slice(0, 100))]);
  expect(replies).toEqual([
    expect.objectContaining({ ok: true, added: 100 }),
    expect.objectContaining({ ok: true, added: 100 }),
    expect.objectContaining({ ok: true, added: 0, duplicates: 100 }),
  ]);
  expect((await storedEvents(page)).length).toBe(300);
});
