// Phrase lists kept as data, one file per language in a rule's folder. Every entry carries an
// example a test walks (src/rules/phrase-data.test.ts), so an entry that no longer matches what
// it was written for fails a test instead of rotting quietly.
import { lexicon } from './phrases';

/** A lower-case lexicon fragment (see phrases.ts) with a post it must be found in. */
export interface PhraseEntry {
  phrase: string;
  example: string;
}

/** A regular expression (flags included, linear-time) with a post it must match. */
export interface PatternEntry {
  re: RegExp;
  example: string;
}

/** One lexicon regex over the entries of every language. */
export function lexiconOf(...lists: readonly (readonly PhraseEntry[])[]): RegExp {
  return lexicon(lists.flat().map((e) => e.phrase));
}

/** The plain words of entries (for term matchers), in every language given. */
export function wordsOf(...lists: readonly (readonly PhraseEntry[])[]): string[] {
  return lists.flat().map((e) => e.phrase);
}
