// The words of a post's shape in every language, joined per list: how a date is written, amounts,
// the labels that open a post, the furniture of a press release (headers, "About X", end marks,
// notes to editors, who said what), and the words the post signals read around a question or a
// name. Their readers are signals/structure.ts, signals/extract.ts and nlp/release-register.ts.
// One folder for the three, in nlp/ rather than signals/: they share lists (months, "About",
// articles), and release-register.ts sits in nlp/, which signals/ reads but never the other way.
// A third language adds a file beside nl.ts and en.ts, one in calendar/, and one entry below.
//
// The readers put each list into a regular expression of their own, so an entry is a regex
// fragment written lower-case (the readers ask for case-insensitive matching where they need it).
// Languages are joined in the order below, Dutch first; where a reader's alternatives could match
// at the same place, the lists keep the order that matters inside one language ("uur" before "u").
import { wordsOf, type PhraseEntry } from '../phrase-data';
import * as enCalendar from './calendar/en';
import * as enRest from './en';
import * as nlCalendar from './calendar/nl';
import * as nlRest from './nl';

// Each language's lists in two files: dates, times and amounts in calendar/, the rest beside this one.
const nl = { ...nlCalendar, ...nlRest };
const en = { ...enCalendar, ...enRest };

/** Every list a language file has; TypeScript names a list a new language leaves out. */
export type ShapeLists = { readonly [K in keyof typeof nl]: readonly PhraseEntry[] };

/** Every language's lists, by language code. */
export const SHAPE_LISTS: Readonly<Record<string, ShapeLists>> = { nl, en } satisfies Record<string, ShapeLists>;
const LANGUAGES: readonly ShapeLists[] = Object.values(SHAPE_LISTS);

type ShapeWords = { readonly [K in keyof ShapeLists]: readonly string[] };
const joined: Partial<Record<keyof ShapeLists, readonly string[]>> = {};
for (const name of Object.keys(nl) as (keyof ShapeLists)[]) joined[name] = wordsOf(...LANGUAGES.map((l) => l[name]));

/** The entries of each list in every language, as regex fragments for the readers to join. */
export const SHAPE_WORDS = joined as ShapeWords;

/** A list as one regex alternation: "januari|februari|…". */
export const anyOf = (words: readonly string[]): string => words.join('|');

/** Each word followed by a space, as one alternation: "de\\s|het\\s|the\\s". */
export const anyOfThenSpace = (words: readonly string[]): string => words.map((w) => `${w}\\s`).join('|');
