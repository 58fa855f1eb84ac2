// Item 8: exports and imports. Spreadsheet formulas are neutralised (and still round-trip),
// imports are bounded and dated sanely, imported events are kept apart and removable as a batch,
// and one bad event never breaks an export.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/history/csv';
import { openHistoryDb } from '../../src/history/db';
import { eventsToCsv, parseExport, MAX_IMPORT_CHARS } from '../../src/history/formats';
import type { QueryReply, SummaryReply } from '../../src/history/messages';
import { HistoryService } from '../../src/history/service';
import { makeEvent } from '../../src/history/test-event';
import { checkEvent } from '../../src/history/validate';

const NOW = Date.UTC(2026, 10, 24, 12);
let n = 0;
function service(maxEvents = 1000) {
  const db = openHistoryDb(indexedDB, `security-${n++}`);
  return new HistoryService({
    db: () => db,
    policy: async () => ({ privacy: 'text', retentionDays: 180, maxEvents }),
    promotionNorm: async () => 0.2,
    now: () => NOW,
  });
}

describe('CSV export', () => {
  const risky = [
    makeEvent({ id: 'a', excerpt: '=HYPERLINK("https://evil.example","x")', text: '+SUM(1,2)' }),
    makeEvent({ id: 'b', site: '@x', rule: '-2+3', text: '\tcmd', excerpt: '\rline' }),
    makeEvent({ id: 'c', text: "'=already quoted", excerpt: "'plain quote" }),
  ];

  it('no cell starts with = + - @, tab or CR', () => {
    const rows = readCsv(eventsToCsv(risky));
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('still round-trips through our own import', () => {
    const back = parseExport(eventsToCsv(risky)).events;
    expect(back).toEqual(risky);
  });

  it('one bad event never breaks the export of the others', () => {
    const csv = eventsToCsv([makeEvent({ id: 'bad', time: 1e20 }), makeEvent({ id: 'good' })]);
    expect(csv).toContain('good');
  });
});

describe('imports', () => {
  it('refuses out-of-range dates', () => {
    for (const time of [1e20, -5, Date.UTC(1900, 0, 1), NOW + 3 * 86_400_000]) {
      expect(checkEvent(makeEvent({ time }), NOW).ok).toBe(false);
    }
    expect(checkEvent(makeEvent({ time: NOW - 1000 }), NOW).ok).toBe(true);
  });

  it('refuses oversized fields and files with a clear message', () => {
    const long = checkEvent(makeEvent({ site: 'x'.repeat(10_000) }), NOW);
    expect(long).toMatchObject({ ok: false });
    expect((long as { error: string }).error).toMatch(/site/);
    expect(() => parseExport(' '.repeat(MAX_IMPORT_CHARS + 1))).toThrow(/too large/);
  });

  it('imported events are marked, kept apart in the summary, cannot evict the user’s own, and go as one batch', async () => {
    const s = service(3);
    const own = [1, 2, 3].map((i) => makeEvent({ id: `own${i}`, time: NOW - i * 60_000, outcome: 'posted-clean', rule: '', category: '', severity: '', postId: `p${i}` }));
    await s.handle({ type: 'history/record', events: own });
    const foreign = [1, 2, 3, 4, 5].map((i) => makeEvent({ id: `imp${i}`, time: NOW - 1000 + i, outcome: 'posted-clean', rule: '', category: '', severity: '', postId: `q${i}` }));
    const reply = await s.handle({ type: 'history/import', events: foreign, batch: 42 });
    expect(reply).toMatchObject({ ok: true, added: 5 });
    const all = ((await s.handle({ type: 'history/query' })) as QueryReply).events;
    expect(all.filter((e) => e.id.startsWith('own'))).toHaveLength(3);
    expect(all.filter((e) => e.id.startsWith('imp')).every((e) => e.imported === 42)).toBe(true);
    const summary = (await s.handle({ type: 'history/summary' })) as SummaryReply;
    expect(summary.week.posts).toBe(3);
    await s.handle({ type: 'history/remove-import', batch: 42 });
    const left = ((await s.handle({ type: 'history/query' })) as QueryReply).events;
    expect(left.map((e) => e.id).sort()).toEqual(['own1', 'own2', 'own3']);
  });

  it('a recorded event cannot pretend to be imported', async () => {
    const s = service();
    await s.handle({ type: 'history/record', events: [{ ...makeEvent({ id: 'r' }), imported: 7 }] });
    const [event] = ((await s.handle({ type: 'history/query' })) as QueryReply).events;
    expect(event).not.toHaveProperty('imported');
  });
});
