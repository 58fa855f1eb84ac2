// The phrase lists of every language, compiled once into one linear-time regex per signal.
// A third language adds a file beside en.ts and nl.ts and one line below.
import { lexicon } from '../../nlp/phrases';
import { EN } from './en';
import { NL } from './nl';
import type { LexiconEntry, LexiconSignal } from './types';

export type { LexiconEntry, LexiconSignal };

export const LEXICONS: Readonly<Record<string, readonly LexiconEntry[]>> = { en: EN, nl: NL };

const ALL: readonly LexiconEntry[] = Object.values(LEXICONS).flat();

function compileSignal(signal: LexiconSignal): RegExp {
  return lexicon(ALL.filter((e) => e.signal === signal).map((e) => e.re));
}

const SIGNAL_NAMES: readonly LexiconSignal[] = [...new Set(ALL.map((e) => e.signal))];

/** One regex per lexicon signal, over lowerKeepLength(text). */
export const LEXICON_RE: Readonly<Record<LexiconSignal, RegExp>> = Object.fromEntries(SIGNAL_NAMES.map((s) => [s, compileSignal(s)])) as Record<LexiconSignal, RegExp>;

/** The verbs that make a capitalised name the subject of a news sentence, anchored at the verb. */
export const THIRD_SUBJECT_VERB = new RegExp(`^(?:${ALL.filter((e) => e.signal === 'third-subject').map((e) => e.re).join('|')})(?![a-z\\u00df-\\u024f])`);
