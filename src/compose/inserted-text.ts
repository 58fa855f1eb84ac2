// Text the coach put into a post (through Apply). What the coach wrote is never praised as the
// author's own: praise whose spans lie inside inserted text is left out.
import type { Praise } from '../engine/types';

const inserted = new WeakMap<object, string[]>();

export function rememberInserted(session: object, text: string): void {
  const t = text.trim();
  if (t) inserted.set(session, [...(inserted.get(session) ?? []), t]);
}

export function forgetInserted(session: object): void {
  inserted.delete(session);
}

/** The praise earned by the author's own words in `text`. */
export function ownPraise(session: object, praise: readonly Praise[], text: string): Praise[] {
  const ours = inserted.get(session);
  if (!ours?.length) return [...praise];
  return praise.filter((p) => !p.spans.some((s) => ours.some((t) => t.includes(text.slice(s.start, s.end).trim()) && text.slice(s.start, s.end).trim() !== '')));
}
