// Trend and acted-on figures. A "nudge" is one rule on one post (postId + rule): the same
// nudge shown, hidden and shown again while someone types counts once.
// "Acted on" means fixed by editing: the writer changed the post so the nudge went away.
// "Got it" and "Not relevant here" are answers, not changes, so they do not count as acted on.
import type { HistoryEvent } from './events';
import { weekKey } from './time';

export interface RuleWeek {
  week: string;
  rule: string;
  nudges: number;
}

export interface Trend {
  weeks: string[];
  /** Rules by number of nudges, most first. */
  rules: string[];
  /** counts[rule][week] */
  counts: Record<string, Record<string, number>>;
  /** Per week: nudges and how many were fixed. */
  acted: Record<string, { nudges: number; fixed: number }>;
  nudges: number;
  fixed: number;
}

interface NudgeState {
  rule: string;
  first: number;
  fixed: boolean;
}

function nudgesOf(events: Iterable<HistoryEvent>): Map<string, NudgeState> {
  const nudges = new Map<string, NudgeState>();
  for (const e of events) {
    if (!e.rule) continue;
    const key = `${e.postId}\u0000${e.rule}`;
    let state = nudges.get(key);
    if (!state) nudges.set(key, (state = { rule: e.rule, first: e.time, fixed: false }));
    else if (e.time < state.first) state.first = e.time;
    if (e.outcome === 'fixed') state.fixed = true;
  }
  return nudges;
}

export function trendOf(events: Iterable<HistoryEvent>): Trend {
  const counts: Record<string, Record<string, number>> = {};
  const acted: Trend['acted'] = {};
  const totals = new Map<string, number>();
  const weekSet = new Set<string>();
  let nudges = 0;
  let fixed = 0;
  // Every time-zone offset is a multiple of 15 minutes, so all times in one quarter hour share a week.
  const weekOfQuarter = new Map<number, string>();
  for (const n of nudgesOf(events).values()) {
    const quarter = Math.floor(n.first / 900_000);
    let week = weekOfQuarter.get(quarter);
    if (week === undefined) weekOfQuarter.set(quarter, (week = weekKey(n.first)));
    weekSet.add(week);
    const perRule = (counts[n.rule] ??= {});
    perRule[week] = (perRule[week] ?? 0) + 1;
    totals.set(n.rule, (totals.get(n.rule) ?? 0) + 1);
    const a = (acted[week] ??= { nudges: 0, fixed: 0 });
    a.nudges++;
    nudges++;
    if (n.fixed) {
      a.fixed++;
      fixed++;
    }
  }
  const rules = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r]) => r);
  return { weeks: [...weekSet].sort(), rules, counts, acted, nudges, fixed };
}
