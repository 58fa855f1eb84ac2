// Export, then import into a fresh profile, gives the same table; the counts-only export
// carries no post text.
import { test, expect, launchWithExtension, serviceWorkerOf } from './extension';
import { rmSync } from 'node:fs';
import { exportText, openReview, record, storedEvents, tableRows } from './history-helpers';
import { sampleEvents } from '../../src/history/sample-events';
import type { HistoryEvent } from '../../src/history/events';

const tricky = 'Trots, "echt" trots!\nNieuwe regel 🎉 café';

function withTricky(events: HistoryEvent[]): HistoryEvent[] {
  return events.map((e, i) => (i % 7 === 0 ? { ...e, excerpt: tricky, text: tricky } : e));
}

test('export, then import into a fresh profile, gives the same table', async ({ context, extensionId }) => {
  const events = withTricky(sampleEvents(180, { now: Date.now(), days: 40, seed: 21, idPrefix: 'exp' }));
  const page = await openReview(context, extensionId);
  await record(page, events);
  await openReview(context, extensionId, page);
  const before = await tableRows(page);
  const storedBefore = await storedEvents(page);
  expect(before).toHaveLength(50);
  expect(before.join('\n')).toContain('🎉');

  const json = await exportText(page, 'Events as JSON');
  const csv = await exportText(page, 'Events as CSV');
  expect(json.name).toMatch(/^posting-coach-history-.*\.json$/);
  expect(csv.name).toMatch(/\.csv$/);

  const fresh = await launchWithExtension();
  try {
    const worker = await serviceWorkerOf(fresh.context);
    const other = await openReview(fresh.context, new URL(worker.url()).host);
    await expect(other.getByRole('heading', { name: 'No history yet' })).toBeVisible();
    // Both exports at once: the same events twice must count once.
    await other.setInputFiles('#import-files', [
      { name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.text) },
      { name: csv.name, mimeType: 'text/csv', buffer: Buffer.from(csv.text) },
    ]);
    await expect(other.locator('.import .status')).toContainText('Imported 180 new events from 2 file(s); 180 were already there.');
    await expect(other.locator('.page-info')).toHaveText('1–50 of 180');
    expect(await tableRows(other)).toEqual(before);
    // Imported events are marked with their import batch (issue 9, item 8); otherwise identical.
    const imported = await storedEvents(other);
    expect(imported.every((e) => typeof e.imported === 'number')).toBe(true);
    expect(imported.map(({ imported: _batch, ...e }) => e)).toEqual(storedBefore);
  } finally {
    await fresh.context.close();
    rmSync(fresh.dir, { recursive: true, force: true });
  }
});

test('the counts-only export has no post text in it', async ({ context, extensionId }) => {
  const events = withTricky(sampleEvents(120, { now: Date.now(), days: 20, seed: 22, idPrefix: 'cnt' }));
  const page = await openReview(context, extensionId);
  await record(page, events);
  await openReview(context, extensionId, page);
  for (const button of ['Counts only (JSON)', 'Counts only (CSV)']) {
    const { text } = await exportText(page, button);
    for (const word of ['Trots', 'echt', '🎉', 'trots op ons', 'press release', 'colleagues', 'cnt-']) expect(text).not.toContain(word);
    const total = button.includes('JSON')
      ? (JSON.parse(text) as { rows: { count: number }[] }).rows.reduce((s, r) => s + r.count, 0)
      : text.trim().split('\r\n').slice(1).reduce((s, line) => s + Number(line.split(',').at(-1)), 0);
    expect(total).toBe(120);
  }
  // And it cannot be mistaken for events on import.
  const { text } = await exportText(page, 'Counts only (JSON)');
  await page.setInputFiles('#import-files', { name: 'counts.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.locator('.import .status')).toContainText('counts.json: this is a counts-only export');
});
