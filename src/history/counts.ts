// The counts-only export for sharing with a team: totals per week, site, rule, category and
// outcome. It carries no text, no excerpt, no post or event id.
import type { HistoryEvent } from './events';
import { writeCsv } from './csv';
import { COUNTS_FORMAT } from './formats';
import { weekKey } from './time';

export interface CountRow {
  week: string;
  site: string;
  rule: string;
  category: string;
  outcome: string;
  count: number;
}

export const COUNT_COLUMNS = ['week', 'site', 'rule', 'category', 'outcome', 'count'] as const;

export function countRows(events: Iterable<HistoryEvent>): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const e of events) {
    const week = weekKey(e.time);
    const key = [week, e.site, e.rule, e.category, e.outcome].join('\u0000');
    const row = rows.get(key);
    if (row) row.count++;
    else rows.set(key, { week, site: e.site, rule: e.rule, category: e.category, outcome: e.outcome, count: 1 });
  }
  return [...rows.values()].sort((a, b) =>
    a.week.localeCompare(b.week) || a.site.localeCompare(b.site) || a.rule.localeCompare(b.rule) || a.outcome.localeCompare(b.outcome),
  );
}

export function countsToJson(rows: readonly CountRow[], exportedAt: number): string {
  return JSON.stringify({ format: COUNTS_FORMAT, version: 1, exportedAt: new Date(exportedAt).toISOString(), rows }, null, 1);
}

export function countsToCsv(rows: readonly CountRow[]): string {
  return writeCsv(COUNT_COLUMNS, rows.map((r) => COUNT_COLUMNS.map((c) => String(r[c]))));
}
