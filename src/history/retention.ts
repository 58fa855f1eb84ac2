// Which events retention removes: everything older than the window, then the oldest beyond
// the maximum count. Pure, so the store and the tests share one definition.
import { DAY_MS } from './time';
import type { HistoryPolicy } from './policy';

export interface PrunePlan {
  /** Events with time strictly below this go. */
  cutoff: number;
  /** After the cutoff, this many of the oldest remaining events go too. */
  excess: number;
}

export function planPrune(policy: Pick<HistoryPolicy, 'retentionDays' | 'maxEvents'>, now: number, countAfterCutoff: number): PrunePlan {
  return {
    cutoff: now - policy.retentionDays * DAY_MS,
    excess: Math.max(0, countAfterCutoff - policy.maxEvents),
  };
}

/** The same rule applied to a list in memory (used for tests and for reviewing imports). */
export function pruneList<T extends { time: number }>(events: readonly T[], policy: Pick<HistoryPolicy, 'retentionDays' | 'maxEvents'>, now: number): T[] {
  const cutoff = now - policy.retentionDays * DAY_MS;
  const kept = events.filter((e) => e.time >= cutoff).sort((a, b) => a.time - b.time);
  const { excess } = planPrune(policy, now, kept.length);
  return kept.slice(excess);
}
