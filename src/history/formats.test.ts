import { describe, expect, it } from 'vitest';
import { eventsToCsv, eventsToJson, mergeEvents, parseExport } from './formats';
import { countRows, countsToCsv, countsToJson } from './counts';
import { readCsv } from './csv';
import { makeEvent } from './test-event';
import { sampleEvents } from './sample-events';

const tricky = [
  makeEvent({ id: 'a', text: 'Hello, world', excerpt: 'Hello,' }),
  makeEvent({ id: 'b', text: 'She said "great" and ""left""', excerpt: '"' }),
  makeEvent({ id: 'c', text: 'line one\nline two\r\nline three\n', outcome: 'fixed' }),
  makeEvent({ id: 'd', text: '🎉 Trots! 👩🏽‍💻 café, naïve', excerpt: '🎉' }),
  makeEvent({ id: 'e', rule: '', category: '', severity: '', outcome: 'posted-clean', time: 1_700_000_000_123 }),
  makeEvent({ id: 'f,"x"\n', text: ',' }),
];

describe('JSON and CSV exports', () => {
  it('round-trip through JSON unchanged', () => {
    const back = parseExport(eventsToJson(tricky, Date.now()));
    expect(back.events).toEqual(tricky);
    expect(back.rejected).toBe(0);
  });

  it('round-trip through CSV unchanged, commas, quotes, line breaks and emoji included', () => {
    const csv = eventsToCsv(tricky);
    const back = parseExport(csv);
    expect(back.errors).toEqual([]);
    expect(back.events).toEqual(tricky);
  });

  it('round-trip a larger sample through CSV', () => {
    const events = sampleEvents(500, { now: Date.UTC(2026, 10, 24) });
    expect(parseExport(eventsToCsv(events)).events).toEqual(events);
  });

  it('accept a plain JSON list of events', () => {
    expect(parseExport(JSON.stringify(tricky)).events).toHaveLength(tricky.length);
  });

  it('say clearly what is wrong with a file that is not an export', () => {
    expect(() => parseExport('{"hello": 1}')).toThrow(/not a Posting Coach history export/);
    expect(() => parseExport('{ broken')).toThrow(/not valid JSON/);
    expect(() => parseExport('name,age\nx,1\n')).toThrow(/missing column/);
    expect(() => parseExport('')).toThrow(/empty/);
    expect(() => parseExport('id,text\n"never closed\n')).toThrow(/never closed/);
  });

  it('refuse a counts-only export for review, saying why', () => {
    const rows = countRows(tricky);
    expect(() => parseExport(countsToJson(rows, 0))).toThrow(/counts-only/);
    expect(() => parseExport(countsToCsv(rows))).toThrow(/counts-only/);
  });

  it('report bad rows of a CSV and keep the good ones', () => {
    const csv = eventsToCsv([makeEvent({ id: 'ok' }), makeEvent({ id: 'bad', outcome: 'shown' })]).replace(/,shown,p1,,\r\n$/, ',exploded,p1,,\r\n');
    const back = parseExport(csv);
    expect(back.events.map((e) => e.id)).toEqual(['ok']);
    expect(back.errors[0]).toContain('unknown outcome "exploded"');
  });
});

describe('combining imports', () => {
  it('never counts an event twice', () => {
    const a = [makeEvent({ id: '1' }), makeEvent({ id: '2' })];
    const b = [makeEvent({ id: '2' }), makeEvent({ id: '3' })];
    const merged = mergeEvents([a, b, a]);
    expect(merged.events.map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(merged.duplicates).toBe(3);
  });
});

describe('the counts-only export', () => {
  it('counts per week, site, rule and outcome', () => {
    const rows = countRows([
      makeEvent({ id: '1' }),
      makeEvent({ id: '2', postId: 'p2' }),
      makeEvent({ id: '3', outcome: 'fixed' }),
      makeEvent({ id: '4', site: 'linkedin' }),
    ]);
    expect(rows).toEqual([
      { week: '2026-11-16', site: 'linkedin', rule: 'broadcast-only', category: 'broadcasting', outcome: 'shown', count: 1 },
      { week: '2026-11-16', site: 'x', rule: 'broadcast-only', category: 'broadcasting', outcome: 'fixed', count: 1 },
      { week: '2026-11-16', site: 'x', rule: 'broadcast-only', category: 'broadcasting', outcome: 'shown', count: 2 },
    ]);
  });

  it('holds no text, excerpt or ids', () => {
    const events = sampleEvents(300, { now: Date.UTC(2026, 10, 24) });
    const out = countsToJson(countRows(events), 0) + countsToCsv(countRows(events));
    for (const e of events) {
      expect(out).not.toContain(e.text!.slice(0, 12));
      expect(out).not.toContain(e.postId);
    }
    expect(readCsv(countsToCsv(countRows(events)))[0]).toEqual(['week', 'site', 'rule', 'category', 'outcome', 'count']);
  });
});
