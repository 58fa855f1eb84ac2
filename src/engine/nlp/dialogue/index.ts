// The dialogue phrases of every language, compiled once into one linear-time regex per list.
// A third language adds a file beside nl.ts and en.ts and one entry below.
import { wordsOf, type PhraseEntry } from '../phrase-data';
import { lexicon } from '../phrases';
import * as en from './en';
import * as nl from './nl';

/** Every language's lists, by language code. */
export const DIALOGUE_LISTS = { nl, en } as const;
const LANGUAGES = Object.values(DIALOGUE_LISTS);

type Pick = (l: typeof nl) => readonly PhraseEntry[];
const alternatives = (pick: Pick) => wordsOf(...LANGUAGES.map(pick));
const compile = (pick: Pick, opts?: { start?: boolean }) => lexicon(alternatives(pick), opts);

/** Invitations to answer, share, vote or tell: dialogue even without a question mark. */
export const INVITE = compile((l) => l.invites);

/** Short question forms that still invite: "Andere ideeën?", "Any thoughts?". */
export const SHORT_INVITE = compile((l) => l.shortInvites, { start: true });

/** Thanks and credit to others (not the "thanks for your patience" of a notice). */
export const CREDIT = compile((l) => l.credits);
export const NOT_CREDIT = compile((l) => l.notCredits);

/** Reporting back on what people said or asked. */
export const REPORT_BACK = compile((l) => l.reportsBack);

/** Questions that only decorate an announcement: "Vragen?", "Why wait?", "Ben jij klaar voor…?". */
export const RHETORICAL = compile((l) => l.rhetorical, { start: true });
/** Hooks that are rhetorical only as a whole short question ("Vragen?"), not as "Vragen aan jullie: …?". */
export const RHETORICAL_SHORT = compile((l) => l.rhetoricalShort, { start: true });

/** A sentence that answers its own question with a call to action ("Vragen? Bel 14 0655."). */
export const CTA = compile((l) => l.callsToAction, { start: true });

/** A "then" within the first few words of a lower-cased sentence ("Laat u dan vaccineren."). */
export const THEN_EARLY = new RegExp(`^[^a-z\\u00e0-\\u024f]{0,4}(?:[a-z\\u00e0-\\u024f]+\\s+){0,3}(?:${alternatives((l) => l.thenWords).join('|')})(?![a-z\\u00e0-\\u024f])`);

/** An open call to anyone at the start of a sentence, after an optional "label:". */
export const WHO_ASKS = new RegExp(`^(?:[^:?]{0,60}:\\s*)?(?:${alternatives((l) => l.openCalls).join('|')})(?![\\p{L}])`, 'iu');

/** A word that addresses the reader. */
export const READER_WORD = new RegExp(`(?<![\\p{L}])(?:${alternatives((l) => l.reader).join('|')})(?![\\p{L}])`, 'iu');

const OPENING_WORD = /^\s*(\p{Lu}\p{Ll}[\p{L}'’-]{2,}),\s/u;
const ADDRESSEE_ENDING = new RegExp(`^(?:${alternatives((l) => l.addresseeEndings).join('|')})$`, 'u');
const NOT_ADDRESSEE = new RegExp(`^(?:${alternatives((l) => l.notAddressees).join('|')})$`, 'u');

/**
 * A question that opens by calling its readers ("Teachers, which topic is missing?", "Ouders, hoe
 * regelen jullie dat?"): one word with a capital and a plural ending, then a comma. Addressed to
 * readers as surely as a "you"; "Besides, …" and "Kortom, …" call nobody.
 */
export function isVocative(sentence: string): boolean {
  const word = OPENING_WORD.exec(sentence)?.[1]?.toLowerCase();
  return word !== undefined && ADDRESSEE_ENDING.test(word) && !NOT_ADDRESSEE.test(word);
}
