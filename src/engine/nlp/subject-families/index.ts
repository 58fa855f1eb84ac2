// The subject families (types.ts) compiled to stems, and the link from a pack's subject to the
// families it speaks of. A third language adds a file beside en.ts and nl.ts and one line below.
import { tokenize, type Token } from '../../text';
import type { DetectedLang, Lang } from '../../types';
import { lexiconOf } from '../phrase-data';
import { lowerKeepLength, test } from '../phrases';
import { isContentToken } from '../similarity';
import { EN } from './en';
import { NL } from './nl';
import { SUBJECT_FAMILIES, type FamilyEntry, type SubjectFamily } from './types';

export { SUBJECT_FAMILIES, type FamilyEntry, type SubjectFamily };

export const FAMILY_DATA: Readonly<Record<Lang, readonly FamilyEntry[]>> = { en: EN, nl: NL };

/** Languages whose compounds are written as one word: a compound matches on its last part. */
const COMPOUNDING: ReadonlySet<DetectedLang> = new Set(['nl']);
/** A compound's head must be a word at least this long: "brand" in "zonnebrand" does not count. */
const MIN_HEAD = 6;
/** Distinct family words a subject's own texts must use, in one language, to speak of a family. */
const MIN_LINK_WORDS = 2;

const LANGS = Object.keys(FAMILY_DATA) as Lang[];

/** A family's word stems in a language ('other': every language's words, unstemmed-alike). */
export interface FamilyStems {
  stems: ReadonlySet<string>;
  /** The word each stem was first written as, for people to read. */
  words: ReadonlyMap<string, string>;
  /** Stems of words long enough to be the head of a compound. */
  heads: readonly string[];
  /**
   * The words that name the subject alone, lower-case as written: matched as whole words (or a
   * compound's head), not by stem, since a stem may be shared ("earnings", "earns").
   */
  strong: ReadonlySet<string>;
}

const compiled = new Map<string, FamilyStems>();

export function familyStems(family: SubjectFamily, lang: DetectedLang): FamilyStems {
  const key = `${family}\u0000${lang}`;
  const known = compiled.get(key);
  if (known) return known;
  const from = lang === 'other' ? LANGS : [lang];
  const words = new Map<string, string>();
  const strong = new Set<string>();
  for (const l of from)
    for (const entry of FAMILY_DATA[l]) {
      if (entry.family !== family) continue;
      for (const t of entry.words.flatMap((w) => tokenize(w, lang))) if (isContentToken(t) && !words.has(t.stem)) words.set(t.stem, t.lower);
      for (const w of entry.strong) strong.add(w.toLowerCase());
    }
  const stems = new Set(words.keys());
  const heads = COMPOUNDING.has(lang) ? [...words].filter(([, word]) => word.length >= MIN_HEAD).map(([stem]) => stem) : [];
  const result: FamilyStems = { stems, words, heads, strong };
  compiled.set(key, result);
  return result;
}

const phraseRes = new Map<string, RegExp | null>();

/**
 * The family's word groups in a language ('other': every language's), as one lexicon over
 * lowerKeepLength(text); null when it has none.
 */
export function familyPhrases(family: SubjectFamily, lang: DetectedLang): RegExp | null {
  const key = `${family}\u0000${lang}`;
  let re = phraseRes.get(key);
  if (re !== undefined) return re;
  const from = lang === 'other' ? LANGS : [lang];
  const phrases = from.flatMap((l) => FAMILY_DATA[l].filter((e) => e.family === family).flatMap((e) => e.phrases ?? []));
  re = phrases.length ? lexiconOf(phrases) : null;
  phraseRes.set(key, re);
  return re;
}

/** Whether a token is a strong word of a family, written whole or as a compound's head. */
export function isStrongWord(token: Token, strong: ReadonlySet<string>, compounding: boolean): boolean {
  if (strong.has(token.lower)) return true;
  if (!compounding) return false;
  for (const word of strong) if (word.length >= MIN_HEAD && token.lower.length > word.length && token.lower.endsWith(word)) return true;
  return false;
}

export const isCompounding = (lang: DetectedLang) => COMPOUNDING.has(lang);

/** The family stem a token names: its own stem, or (in a compounding language) its compound's head. */
export function familyStemOf(token: Token, stems: ReadonlySet<string>, heads: readonly string[]): string | undefined {
  if (stems.has(token.stem)) return token.stem;
  for (const head of heads) if (token.stem.length > head.length && token.stem.endsWith(head)) return head;
  return undefined;
}

/**
 * The families a subject speaks of: those of which its title, description and keywords use at
 * least two distinct words in one language ("Lopende rechtszaken" with the keyword "advocaat"
 * speaks of legal cases), or one word group ("rent increases"). A family word in `named` (the
 * subject's title, which the pack's author chose to name it) is enough on its own: a subject
 * called "Restructuring and course closures" speaks of closures. Of a keyword only its last word
 * counts so: "station closure" names a closure, but "fire cover" (a budget keyword) names no
 * fire. Texts in any language are read in each language.
 */
export function linkedFamilies(texts: readonly string[], named: readonly string[] = [], keywords: readonly string[] = []): SubjectFamily[] {
  // Each language reads the texts once; every family is then checked against those words.
  const byLang = LANGS.map((lang) => ({
    lang,
    tokens: texts.flatMap((text) => tokenize(text, lang)).filter(isContentToken),
    naming: [...named.flatMap((text) => tokenize(text, lang)), ...keywords.flatMap((text) => tokenize(text, lang).slice(-1))].filter(isContentToken),
  }));
  const lower = [...texts, ...named, ...keywords].map(lowerKeepLength);
  return SUBJECT_FAMILIES.filter((family) =>
    // One of the family's word groups in the texts is enough ("rent increases", "huurverhoging").
    LANGS.some((lang) => {
      const re = familyPhrases(family, lang);
      return re !== null && lower.some((text) => test(re, text));
    }) ||
    byLang.some(({ lang, tokens, naming }) => {
      const { stems, heads } = familyStems(family, lang);
      if (naming.some((t) => familyStemOf(t, stems, heads) !== undefined)) return true;
      const seen = new Set<string>();
      for (const t of tokens) {
        const s = familyStemOf(t, stems, heads);
        if (s) seen.add(s);
      }
      return seen.size >= MIN_LINK_WORDS;
    }),
  );
}
