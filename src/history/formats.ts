// Export and import of the history: full events as JSON or CSV. The counts-only export lives
// in counts.ts. Every import is checked; bad rows are reported, good ones kept.
import type { HistoryEvent } from './events';
import { readCsv, restoreCell, writeCsv } from './csv';
import { checkEvents } from './validate';

export const JSON_FORMAT = 'posting-coach-history';
export const COUNTS_FORMAT = 'posting-coach-counts';

export const CSV_COLUMNS = ['id', 'time', 'site', 'rule', 'category', 'severity', 'packId', 'packVersion', 'lang', 'outcome', 'postId', 'excerpt', 'text'] as const;

export function eventsToJson(events: readonly HistoryEvent[], exportedAt: number): string {
  return JSON.stringify({ format: JSON_FORMAT, version: 1, exportedAt: new Date(exportedAt).toISOString(), events }, null, 1);
}

/** Largest file an import reads (characters); beyond it the user gets a clear message. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

/** The time as ISO text; a stored time no date can hold is written as the number, not thrown on. */
function isoTime(time: number): string {
  const d = new Date(time);
  return Number.isNaN(d.getTime()) ? String(time) : d.toISOString();
}

export function eventsToCsv(events: readonly HistoryEvent[]): string {
  return writeCsv(
    CSV_COLUMNS,
    events.map((e) => CSV_COLUMNS.map((col) => (col === 'time' ? isoTime(e.time) : String(e[col] ?? '')))),
  );
}

export interface ParsedImport {
  events: HistoryEvent[];
  errors: string[];
  rejected: number;
}

/** Reads an export (JSON or CSV, detected from its content). Throws with a clear message when it is neither. */
export function parseExport(content: string): ParsedImport {
  if (content.length > MAX_IMPORT_CHARS) throw new Error(`the file is too large (more than ${MAX_IMPORT_CHARS / 1024 / 1024} MB)`);
  const trimmed = content.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return parseJsonExport(trimmed);
  return parseCsvExport(content);
}

function parseJsonExport(content: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    throw new Error(`not valid JSON (${(e as Error).message})`);
  }
  if (Array.isArray(data)) return checkEvents(data);
  const obj = data as { format?: unknown; events?: unknown };
  if (obj?.format === COUNTS_FORMAT) throw new Error('this is a counts-only export: it holds totals, not events, so it cannot be reviewed here');
  if (obj?.format !== JSON_FORMAT || !Array.isArray(obj.events)) throw new Error('not a Posting Coach history export (no "events" list)');
  return checkEvents(obj.events);
}

function parseCsvExport(content: string): ParsedImport {
  const rows = readCsv(content);
  const header = rows[0]?.map(restoreCell);
  if (!header) throw new Error('the file is empty');
  if (header.includes('count') && !header.includes('id')) throw new Error('this is a counts-only export: it holds totals, not events, so it cannot be reviewed here');
  const missing = CSV_COLUMNS.filter((c) => c !== 'excerpt' && c !== 'text' && !header.includes(c));
  if (missing.length) throw new Error(`not a Posting Coach history export: missing column(s) ${missing.join(', ')}`);
  const raws = rows.slice(1).map((row) => {
    const obj: Record<string, string | number> = {};
    header.forEach((col, i) => (obj[col] = restoreCell(row[i] ?? '')));
    const t = Date.parse(String(obj.time));
    obj.time = Number.isNaN(t) ? String(obj.time) : t;
    return obj;
  });
  return checkEvents(raws);
}

/** Combines several imports; an event id seen before is skipped, so nothing counts twice. */
export function mergeEvents(lists: readonly (readonly HistoryEvent[])[]): { events: HistoryEvent[]; duplicates: number } {
  const seen = new Map<string, HistoryEvent>();
  let duplicates = 0;
  for (const list of lists) {
    for (const e of list) {
      if (seen.has(e.id)) duplicates++;
      else seen.set(e.id, e);
    }
  }
  return { events: [...seen.values()], duplicates };
}
