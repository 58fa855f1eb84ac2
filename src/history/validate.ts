// Checks events that come from outside the writer (messages, imported files): bad input gets
// a clear message and never reaches the store.
import { CATEGORIES as ENGINE_CATEGORIES } from '../engine/labels';
import { OUTCOMES, type HistoryEvent, type Outcome } from './events';

const CATEGORIES = new Set<string>(['', ...ENGINE_CATEGORIES]);
const SEVERITIES = new Set(['', 'info', 'nudge', 'warning']);
const LANGS = new Set(['nl', 'en', 'other']);

/** Longest value accepted per field: an import is data from outside, never trusted to be small. */
export const FIELD_LIMITS = { id: 200, site: 200, rule: 200, packId: 200, packVersion: 100, postId: 200, excerpt: 1_000, text: 50_000 } as const;
/** Events dated before this (1 Jan 2000) or more than a day ahead are refused. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
export const FUTURE_SLACK_MS = 86_400_000;

export type Checked = { ok: true; event: HistoryEvent } | { ok: false; error: string };

function str(value: unknown): value is string {
  return typeof value === 'string';
}

/** Validates one event and returns a clean copy holding only the known fields. */
export function checkEvent(raw: unknown, now: number = Date.now()): Checked {
  if (!raw || typeof raw !== 'object') return { ok: false, error: 'not an object' };
  const e = raw as Record<string, unknown>;
  if (!str(e.id) || e.id === '') return { ok: false, error: 'missing id' };
  if (e.id.length > FIELD_LIMITS.id) return { ok: false, error: `an id longer than ${FIELD_LIMITS.id} characters` };
  const time = typeof e.time === 'string' && e.time !== '' ? Number(e.time) : e.time;
  if (typeof time !== 'number' || !Number.isFinite(time)) return { ok: false, error: `event ${e.id}: time is not a number` };
  if (time < EARLIEST_TIME || time > now + FUTURE_SLACK_MS) return { ok: false, error: `event ${e.id}: date out of range (before 2000 or in the future)` };
  if (!OUTCOMES.includes(e.outcome as Outcome)) return { ok: false, error: `event ${e.id}: unknown outcome "${String(e.outcome)}"` };
  for (const key of ['site', 'rule', 'packId', 'packVersion', 'postId'] as const) {
    if (!str(e[key])) return { ok: false, error: `event ${e.id}: ${key} must be text` };
    if (e[key].length > FIELD_LIMITS[key]) return { ok: false, error: `event ${e.id}: ${key} longer than ${FIELD_LIMITS[key]} characters` };
  }
  if (!CATEGORIES.has(e.category as string)) return { ok: false, error: `event ${e.id}: unknown category "${String(e.category)}"` };
  if (!SEVERITIES.has(e.severity as string)) return { ok: false, error: `event ${e.id}: unknown severity "${String(e.severity)}"` };
  if (!LANGS.has(e.lang as string)) return { ok: false, error: `event ${e.id}: unknown language "${String(e.lang)}"` };
  const event: HistoryEvent = {
    id: e.id,
    time,
    site: e.site as string,
    rule: e.rule as string,
    category: e.category as HistoryEvent['category'],
    severity: e.severity as HistoryEvent['severity'],
    packId: e.packId as string,
    packVersion: e.packVersion as string,
    lang: e.lang as HistoryEvent['lang'],
    outcome: e.outcome as Outcome,
    postId: e.postId as string,
  };
  if (str(e.excerpt) && e.excerpt.length > FIELD_LIMITS.excerpt) return { ok: false, error: `event ${e.id}: excerpt longer than ${FIELD_LIMITS.excerpt} characters` };
  if (str(e.text) && e.text.length > FIELD_LIMITS.text) return { ok: false, error: `event ${e.id}: text longer than ${FIELD_LIMITS.text} characters` };
  if (str(e.excerpt) && e.excerpt !== '') event.excerpt = e.excerpt;
  if (str(e.text) && e.text !== '') event.text = e.text;
  return { ok: true, event };
}

/** Splits a list into valid events and readable errors (at most `maxErrors` kept). */
export function checkEvents(raws: readonly unknown[], maxErrors = 20, now: number = Date.now()): { events: HistoryEvent[]; errors: string[]; rejected: number } {
  const events: HistoryEvent[] = [];
  const errors: string[] = [];
  let rejected = 0;
  for (const raw of raws) {
    const checked = checkEvent(raw, now);
    if (checked.ok) events.push(checked.event);
    else {
      rejected++;
      if (errors.length < maxErrors) errors.push(checked.error);
    }
  }
  return { events, errors, rejected };
}
