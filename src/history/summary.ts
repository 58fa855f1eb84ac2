// The popup's weekly summary and today's count. It leads with what went well: posts written,
// posts that opened a conversation, nudges acted on.
import type { HistoryEvent } from './events';
import { isPosted } from './ratio';
import { DAY_MS, startOfDay } from './time';

export interface WeeklySummary {
  /** Start of the 7-day window (local midnight, six days before today). */
  from: number;
  /** Posts sent in the window. */
  posts: number;
  /** Posts sent with no broadcasting nudge open: they invited a conversation. */
  conversational: number;
  /** Nudges (one rule on one post) in the window. */
  nudges: number;
  /** Of those, fixed by editing. */
  actedOn: number;
}

export interface HistorySummary {
  /** Nudges (one rule on one post) that first appeared today. */
  today: number;
  week: WeeklySummary;
}

export function summarise(events: Iterable<HistoryEvent>, now: number): HistorySummary {
  const today = startOfDay(now);
  const from = startOfDay(today - 6 * DAY_MS);
  const posts = new Set<string>();
  const broadcasting = new Set<string>();
  const nudgeFirst = new Map<string, number>();
  const fixed = new Set<string>();
  for (const e of events) {
    if (e.time < from || e.time > now) continue;
    if (isPosted(e)) {
      posts.add(e.postId);
      if (e.outcome === 'posted-open' && e.category === 'broadcasting') broadcasting.add(e.postId);
    }
    if (e.rule) {
      const key = `${e.postId}\u0000${e.rule}`;
      const seen = nudgeFirst.get(key);
      if (seen === undefined || e.time < seen) nudgeFirst.set(key, e.time);
      if (e.outcome === 'fixed') fixed.add(key);
    }
  }
  let todayCount = 0;
  for (const first of nudgeFirst.values()) if (first >= today) todayCount++;
  return {
    today: todayCount,
    week: { from, posts: posts.size, conversational: posts.size - broadcasting.size, nudges: nudgeFirst.size, actedOn: fixed.size },
  };
}
