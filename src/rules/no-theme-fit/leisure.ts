// Leisure and fan talk found in a post (lower-cased, linear-time lexicon over both languages).
import { lowerKeepLength, matchAll } from '../../engine/nlp/phrases';
import { lexiconOf } from '../../engine/nlp/phrase-data';
import type { Span } from '../../engine/types';
import * as nl from './nl';
import * as en from './en';

const LEISURE = lexiconOf(nl.leisure, en.leisure);

export function leisureSpans(text: string): Span[] {
  return matchAll(LEISURE, lowerKeepLength(text));
}
