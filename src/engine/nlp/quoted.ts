// Quoted passages: someone else's words. An invitation, a thank-you or "you told us" inside an
// attributed quote ("… told us they wanted research," said the Vice-Chancellor) is the quoted
// person speaking, not the post inviting or reporting back.
import type { Span } from '../types';

const QUOTED = /["“„][^"“”„\n]{1,600}["”]/gu;

/** The quoted passages of a text, sorted and disjoint. */
export function quotedRanges(text: string): Span[] {
  const out: Span[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Whether a span lies inside one of the ranges (sorted and disjoint: a binary search). */
export function insideAny(ranges: readonly Span[], x: Span): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (x.start < r.start) hi = mid - 1;
    else if (x.start >= r.end) lo = mid + 1;
    else return x.end <= r.end;
  }
  return false;
}
