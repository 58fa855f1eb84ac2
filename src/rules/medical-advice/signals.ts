// Personal dosage advice: a change to how a medicine is taken ("halve", "stop taking", "take an
// extra") within a short stretch of the same sentence as the medicine, in either order.
import { LETTER, lowerKeepLength, matchAll } from '../../engine/nlp/phrases';
import type { PhraseEntry } from '../../engine/nlp/phrase-data';
import type { Span } from '../../engine/types';
import * as nl from './nl';
import * as en from './en';

const alt = (...lists: PhraseEntry[][]) => `(?:${lists.flat().map((e) => e.phrase).join('|')})`.split('\\p{L}').join(LETTER);
const MEDICINE = alt(nl.medicines, en.medicines);
const CHANGE = alt(nl.changes, en.changes);
const B = `(?<!${LETTER})`;
const E = `(?!${LETTER})`;
// Bounded gaps keep it linear: 60 characters after the change, 40 after the medicine.
const ADVICE = new RegExp(`${B}${CHANGE}${E}[^.!?\\n]{0,60}?${B}${MEDICINE}${E}|${B}${MEDICINE}${E}[^.!?\\n]{0,40}?${B}${CHANGE}${E}`, 'g');

/** Spans of personal dosage advice; only meaningful in a reply to someone. */
export function medicalAdviceSpans(text: string): Span[] {
  return matchAll(ADVICE, lowerKeepLength(text));
}
