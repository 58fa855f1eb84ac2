// "Zero incidents", "geen enkel ongeval", "incident-free": a subject named to say it did not
// happen. Looks at a bounded window around the match, so it stays linear.
import type { Span } from '../types';

const BEFORE = /(?:^|[^\p{L}\p{N}])(?:zero|no|not a single|not one|without|free of|geen|zonder|nul|0|nooit|never)(?:\s+[\p{L}\p{N}'’-]+){0,2}\s+$/iu;
const AFTER = /^[-\s]?(?:free|vrij|vrije)(?![\p{L}])/iu;

export function isNegated(text: string, span: Span): boolean {
  return BEFORE.test(text.slice(Math.max(0, span.start - 32), span.start)) || AFTER.test(text.slice(span.end, span.end + 8));
}
