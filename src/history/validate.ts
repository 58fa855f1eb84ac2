// Checks events that come from outside the writer (messages, imported files): bad input gets
// a clear message and never reaches the store.
import { CATEGORIES as ENGINE_CATEGORIES } from '../engine/labels';
import { OUTCOMES, type HistoryEvent, type Outcome } from './events';

const CATEGORIES = new Set<string>(['', ...ENGINE_CATEGORIES]);
const SEVERITIES = new Set(['', 'info', 'nudge', 'warning']);
const LANGS = new Set(['nl', 'en', 'other']);

export type Checked = { ok: true; event: HistoryEvent } | { ok: false; error: string };

function str(value: unknown): value is string {
  return typeof value === 'string';
}

/** Validates one event and returns a clean copy holding only the known fields. */
export function checkEvent(raw: unknown): Checked {
  if (!raw || typeof raw !== 'object') return { ok: false, error: 'not an object' };
  const e = raw as Record<string, unknown>;
  if (!str(e.id) || e.id === '') return { ok: false, error: 'missing id' };
  const time = typeof e.time === 'string' && e.time !== '' ? Number(e.time) : e.time;
  if (typeof time !== 'number' || !Number.isFinite(time)) return { ok: false, error: `event ${e.id}: time is not a number` };
  if (!OUTCOMES.includes(e.outcome as Outcome)) return { ok: false, error: `event ${e.id}: unknown outcome "${String(e.outcome)}"` };
  for (const key of ['site', 'rule', 'packId', 'packVersion', 'postId'] as const) {
    if (!str(e[key])) return { ok: false, error: `event ${e.id}: ${key} must be text` };
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
  if (str(e.excerpt) && e.excerpt !== '') event.excerpt = e.excerpt;
  if (str(e.text) && e.text !== '') event.text = e.text;
  return { ok: true, event };
}

/** Splits a list into valid events and readable errors (at most `maxErrors` kept). */
export function checkEvents(raws: readonly unknown[], maxErrors = 20): { events: HistoryEvent[]; errors: string[]; rejected: number } {
  const events: HistoryEvent[] = [];
  const errors: string[] = [];
  let rejected = 0;
  for (const raw of raws) {
    const checked = checkEvent(raw);
    if (checked.ok) events.push(checked.event);
    else {
      rejected++;
      if (errors.length < maxErrors) errors.push(checked.error);
    }
  }
  return { events, errors, rejected };
}
