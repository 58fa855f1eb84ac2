// Where a reserved subject's word is named but the matter is not: "zero incidents", "geen enkel
// ongeval", "incident-free" (to say it did not happen), and "the fire and rescue service" (a
// service's name); and where the post relays the spokespeople's own statement. Looks at a bounded
// window around the match (the statement: one pass over the post), so it stays linear.
import { LETTER, lowerKeepLength } from '../../engine/nlp/phrases';
import type { PhraseEntry } from '../../engine/nlp/phrase-data';
import type { Span } from '../../engine/types';
import * as nl from './nl';
import * as en from './en';

const alt = (...lists: PhraseEntry[][]) => lists.flat().map((e) => e.phrase).join('|');
const BEFORE = new RegExp(`(?<!${LETTER})(?:${alt(nl.negationsBefore, en.negationsBefore)})(?:\\s+[\\p{L}\\p{N}'’-]+){0,2}\\s+$`, 'u');
const AFTER = new RegExp(`^[-\\s]?(?:${alt(nl.negationsAfter, en.negationsAfter)})(?!${LETTER})`, 'u');

const NAMES = new RegExp(`^(?:-?\\s+(?:and|en|&)\\s+[\\p{L}-]+)?-?\\s*(?:${alt(nl.institutionHeads, en.institutionHeads)})(?!${LETTER})`, 'u');

// At the start of a sentence or a line (after an emoji or a label mark at most), then a colon.
const OFFICIAL = new RegExp(`(?:^|[.!?\\n]\\s*)[^\\p{L}\\p{N}\\s]{0,6}\\s*(?:${alt(nl.officialLine, en.officialLine)})\\s*:`, 'u');

/** The post relays what the spokespeople said: "… Statement from our press office: …". */
export function relaysOfficialLine(text: string): boolean {
  return OFFICIAL.test(lowerKeepLength(text));
}

/** The subject word is part of a service's or a place's name: "fire and rescue service". */
export function namesInstitution(text: string, span: Span): boolean {
  return NAMES.test(lowerKeepLength(text.slice(span.end, span.end + 40)));
}

export function isNegated(text: string, span: Span): boolean {
  return BEFORE.test(lowerKeepLength(text.slice(Math.max(0, span.start - 32), span.start))) || AFTER.test(lowerKeepLength(text.slice(span.end, span.end + 8)));
}
