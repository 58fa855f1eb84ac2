// The closed word classes of every language, as the detectors look them up. A third language
// adds a file beside nl.ts and en.ts and one entry below.
import * as en from './en';
import * as nl from './nl';

const LANGUAGES = [nl, en];
const union = (pick: (l: typeof nl) => readonly string[]) => new Set(LANGUAGES.flatMap(pick));

export const FIRST_PERSON_PLURAL: ReadonlySet<string> = union((l) => l.firstPersonPlural);
export const FIRST_PERSON_SINGULAR: ReadonlySet<string> = union((l) => l.firstPersonSingular);
export const READER_ADDRESS: ReadonlySet<string> = union((l) => l.readerAddress);
export const STOP_WORDS: ReadonlySet<string> = union((l) => l.stopWords);
export const EVERYDAY_WORDS: ReadonlySet<string> = union((l) => l.everydayWords);
export const GENERIC_DETERMINERS: ReadonlySet<string> = union((l) => l.genericDeterminers);

export const WORD_LISTS = { nl, en } as const;

const STOP_BY_LANG = new Map(Object.entries(WORD_LISTS).map(([lang, l]) => [lang, new Set(l.stopWords)]));
/** The stop words of one language; of every language for text whose language is not known. */
export function stopWordsOf(lang: string): ReadonlySet<string> {
  return STOP_BY_LANG.get(lang) ?? STOP_WORDS;
}
