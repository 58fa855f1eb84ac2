// The review page's filters, applied in the background where the events are.
import type { HistoryEvent, Outcome } from './events';

export interface HistoryFilter {
  /** Inclusive lower bound, ms since the epoch. */
  from?: number;
  /** Exclusive upper bound, ms since the epoch. */
  to?: number;
  site?: string;
  rule?: string;
  outcome?: Outcome;
  /** Case-insensitive search in rule, site, category, pack, excerpt and text. */
  search?: string;
}

/** Compiles a filter once into a predicate, so 100,000 events are checked cheaply. */
export function matcher(filter: HistoryFilter): (e: HistoryEvent) => boolean {
  const needle = filter.search?.trim().toLocaleLowerCase() ?? '';
  const { from, to, site, rule, outcome } = filter;
  return (e) => {
    if (from !== undefined && e.time < from) return false;
    if (to !== undefined && e.time >= to) return false;
    if (site && e.site !== site) return false;
    if (rule && e.rule !== rule) return false;
    if (outcome && e.outcome !== outcome) return false;
    if (needle) {
      const hay = `${e.rule}\n${e.site}\n${e.category}\n${e.packId}\n${e.excerpt ?? ''}\n${e.text ?? ''}`.toLocaleLowerCase();
      if (!hay.includes(needle)) return false;
    }
    return true;
  };
}

export function isEmptyFilter(filter: HistoryFilter): boolean {
  return !filter.from && !filter.to && !filter.site && !filter.rule && !filter.outcome && !filter.search?.trim();
}
