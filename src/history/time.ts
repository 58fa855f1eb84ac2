// Calendar helpers for the history: weeks start on Monday, in the user's local time,
// because "this week" means the user's week, not UTC's.

export const DAY_MS = 86_400_000;

/** Midnight (local) at the start of the day that contains `time`. */
export function startOfDay(time: number): number {
  const d = new Date(time);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Midnight (local) of the Monday of the week that contains `time`. */
export function startOfWeek(time: number): number {
  const d = new Date(startOfDay(time));
  const sinceMonday = (d.getDay() + 6) % 7;
  d.setDate(d.getDate() - sinceMonday);
  return d.getTime();
}

/** 'YYYY-MM-DD' of a local date. */
export function dayKey(time: number): string {
  const d = new Date(time);
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

/** The week a time falls in, named by its Monday: 'YYYY-MM-DD'. */
export function weekKey(time: number): string {
  return dayKey(startOfWeek(time));
}

/** Parses 'YYYY-MM-DD' as local midnight; undefined when it is not a date. */
export function parseDay(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) ? undefined : d.getTime();
}
