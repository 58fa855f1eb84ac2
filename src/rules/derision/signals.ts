// Mocking a competitor or grumbling about one's own organisation in public: a target (a rival,
// "the management", "our system") together with a marker of derision (a laughing or eye-roll
// emoji, "who thought of this"). Neither alone is enough: people joke, and people name
// competitors. Laughing at one's own app is self-mockery; only grumbling counts there.
import { lowerKeepLength, matchAll } from '../../engine/nlp/phrases';
import { lexiconOf } from '../../engine/nlp/phrase-data';
import type { Span } from '../../engine/types';
import * as nl from './nl';
import * as en from './en';

const RIVAL = lexiconOf(nl.rivals, en.rivals);
const OWN = lexiconOf(nl.own, en.own);
const GRUMBLES = lexiconOf(nl.grumbles, en.grumbles);
const MOCKS = lexiconOf(nl.grumbles, en.grumbles, nl.mocks, en.mocks);

/** Spans of the target and the derision, or [] when the post does not do both. */
export function derisionSpans(text: string): Span[] {
  const lower = lowerKeepLength(text);
  const rivals = matchAll(RIVAL, lower);
  const own = rivals.length ? [] : matchAll(OWN, lower);
  if (rivals.length === 0 && own.length === 0) return [];
  const marks = matchAll(rivals.length ? MOCKS : GRUMBLES, lower);
  if (marks.length === 0) return [];
  return [...rivals, ...own, ...marks].sort((a, b) => a.start - b.start);
}
