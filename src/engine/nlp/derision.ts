// Mocking a competitor or grumbling about one's own organisation in public: a target (a rival,
// "the management", "our system") together with a marker of derision (a laughing or eye-roll
// emoji, "who thought of this"). Neither alone is enough: people joke, and people name
// competitors. Laughing at one's own app is self-mockery; only grumbling counts there.
import { lexicon, lowerKeepLength, matchAll } from './phrases';
import type { Span } from '../types';

const RIVAL = lexicon([
  'rivals?', 'competitors?', "competitor['’]s", 'the competition', 'other suppliers?', 'another supplier',
  'concurrent(?:en)?', 'concurrentie', 'andere leverancier', 'ander ziekenhuis', 'buurgemeente',
]);

const OWN = lexicon([
  'het management', 'de directie', 'the management', 'upper management', 'head office',
  '(?:ons|onze|our) (?:\\p{L}+ )?(?:\\p{L}*systeem|ict|software|portal|portaal)',
]);

const GRUMBLE = [
  '🙄', '🙃', 'typisch', 'says it all', 'zegt genoeg', 'zegt alles',
  'wie heeft dit (?:\\p{L}+ )?bedacht', 'who thought this was a good idea', 'werkt (?:alweer|weer|nog steeds) niet', 'ligt (?:alweer|weer|nog steeds) plat', '(?:is|are) down again', 'still (?:broken|not working)',
];
const GRUMBLES = lexicon(GRUMBLE);
const MOCKS = lexicon([...GRUMBLE, '😂', '🤣', '🤡', 'lol', 'haha\\p{L}*']);

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
