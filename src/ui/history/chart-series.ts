// Turns a trend into what the chart draws: a continuous run of weeks (empty weeks included,
// so the x-axis is true to time) and at most a few lines, the rest summed as "other".
import type { Trend } from '../../history/aggregate';
import { parseDay, weekKey } from '../../history/time';

export interface Series {
  label: string;
  values: number[];
}

/** Every week from the first to the last, at most `max` (the most recent ones). */
export function weekRun(weeks: readonly string[], max = 52): string[] {
  if (weeks.length === 0) return [];
  const out: string[] = [];
  const d = new Date(parseDay(weeks[0]!)!);
  const last = weeks[weeks.length - 1]!;
  for (let guard = 0; guard < 1000; guard++) {
    const key = weekKey(d.getTime());
    out.push(key);
    if (key >= last) break;
    d.setDate(d.getDate() + 7);
  }
  return out.slice(-max);
}

export function seriesOf(trend: Trend, weeks: readonly string[], maxLines: number, otherLabel: string): Series[] {
  const shown = trend.rules.slice(0, maxLines);
  const rest = trend.rules.slice(maxLines);
  const series = shown.map((rule) => ({ label: rule, values: weeks.map((w) => trend.counts[rule]?.[w] ?? 0) }));
  if (rest.length) {
    series.push({ label: otherLabel, values: weeks.map((w) => rest.reduce((sum, rule) => sum + (trend.counts[rule]?.[w] ?? 0), 0)) });
  }
  return series;
}
