// Lexical fit of a post with a strategy theme or goal: the stems the two share, weighted by
// where the theme has them (a keyword counts more than a word of its description or of an
// example post). Both languages of the theme feed one profile, stemmed the way the post is.
import { tokenize, type Token } from '../text';
import type { DetectedLang } from '../types';
import { EVERYDAY_WORDS, STOP_WORDS } from './words';

export interface ProfileSource {
  /** Words and phrases the theme owner chose: full weight. */
  keywords: string[];
  /** Titles: nearly full weight. */
  titles: string[];
  /** Descriptions: half weight. */
  descriptions: string[];
  /** Example posts: a light touch. */
  examples: string[];
}

/** A word a profile counts, as `Profile.words` gives it. */
export interface ProfileWord {
  word: string;
  stem: string;
  weight: number;
  /** A keyword (or a word of a keyword phrase) has this stem. */
  keyword: boolean;
}

const WEIGHTS = { keywords: 1, titles: 0.8, descriptions: 0.5, examples: 0.35 } as const;
/** An everyday word ("open", "klein") in a title, description or example counts this share. */
const EVERYDAY = 0.5;

export function isContentToken(t: Token): boolean {
  return t.lower.length >= 4 && !STOP_WORDS.has(t.lower) && !/^\d/.test(t.lower);
}

/**
 * A word with a capital that does not open a sentence, a line or a list item, or a word in
 * capitals (a dateline's "KINGSMOUTH", "OZB"): a name.
 */
export function isNameInSentence(text: string, t: Pick<Token, 'text' | 'start'>): boolean {
  if (!/^\p{Lu}/u.test(t.text)) return false;
  if (t.text.length >= 2 && !/\p{Ll}/u.test(t.text)) return true;
  const from = Math.max(0, t.start - 8);
  const before = text.slice(from, t.start);
  // The start of the text or of a line: a headline before it may have no full stop.
  if (/\n[^\S\n]*$/u.test(before) || (from === 0 && /^[^\S\n]*$/u.test(before))) return false;
  return !/[.!?:"“”(•*–-]$/u.test(before.trimEnd());
}

export class Profile {
  private byLang = new Map<DetectedLang, Map<string, number>>();
  /** Share of its weight an everyday word keeps outside the keywords (0: not counted). */
  private everyday: number;
  /**
   * Leave out names (a capital inside a sentence: "Kingsmouth", "Fore Street") outside the
   * keywords: the towns and people of a release say where the organisation works, not what
   * it talks about, and every local post names them.
   */
  private skipNames: boolean;

  constructor(
    private source: ProfileSource,
    /** Lower-case words never to count, such as the organisation's own name. */
    private exclude: ReadonlySet<string> = new Set(),
    options: { everyday?: number; skipNames?: boolean } = {},
  ) {
    this.everyday = options.everyday ?? EVERYDAY;
    this.skipNames = options.skipNames ?? false;
  }

  /** Stem → weight, built once per language. */
  weights(lang: DetectedLang): Map<string, number> {
    let map = this.byLang.get(lang);
    if (map) return map;
    map = new Map();
    for (const { token, weight } of this.counted(lang)) if ((map.get(token.stem) ?? 0) < weight) map.set(token.stem, weight);
    this.byLang.set(lang, map);
    return map;
  }

  /**
   * The words behind the weights, for people to read (the options page shows what a theme
   * matches on): one per stem, as first written, with its weight and whether a keyword has it.
   */
  words(lang: DetectedLang): ProfileWord[] {
    const byStem = new Map<string, ProfileWord>();
    for (const { token, weight, key } of this.counted(lang)) {
      const known = byStem.get(token.stem);
      if (!known) byStem.set(token.stem, { word: token.lower, stem: token.stem, weight, keyword: key === 'keywords' });
      else {
        known.weight = Math.max(known.weight, weight);
        known.keyword ||= key === 'keywords';
      }
    }
    return [...byStem.values()];
  }

  /** Every token that counts, with the weight its place gives it. */
  private *counted(lang: DetectedLang): Generator<{ token: Token; weight: number; key: keyof ProfileSource }> {
    for (const key of ['examples', 'descriptions', 'titles', 'keywords'] as const) {
      const weight = WEIGHTS[key];
      for (const text of this.source[key]) {
        const tokens = tokenize(text, lang);
        // A one-word keyword is a chosen word: keep it even when short ("EV", "WOZ"). The words
        // of a phrase ("electric car") only say half as much on their own.
        const chosen = key === 'keywords' && tokens.length === 1;
        const w = key === 'keywords' && tokens.length > 1 ? WEIGHTS.descriptions : weight;
        for (const t of tokens) {
          if (this.exclude.has(t.lower) || (!chosen && !isContentToken(t))) continue;
          if (this.skipNames && !chosen && isNameInSentence(text, t)) continue;
          const everyday = !chosen && EVERYDAY_WORDS.has(t.lower);
          if (everyday && this.everyday === 0) continue;
          yield { token: t, weight: everyday ? w * this.everyday : w, key };
        }
      }
    }
  }

  /** Sum of the weights of the distinct stems the post shares with the profile. */
  overlap(tokens: readonly Token[], lang: DetectedLang): { sum: number; stems: readonly string[] } {
    const weights = this.weights(lang);
    // Most sentences share nothing with a given theme: then nothing is allocated.
    let stems: string[] | undefined;
    let sum = 0;
    for (const t of tokens) {
      if (t.lower.length < 2) continue;
      const w = weights.get(t.stem);
      // A function word may stem like a content word ("wat" / "water"); only a chosen keyword
      // counts when short ("EV", "WOZ").
      if (w === undefined || (w < WEIGHTS.keywords && !isContentToken(t)) || stems?.includes(t.stem)) continue;
      (stems ??= []).push(t.stem);
      sum += w;
    }
    return stems ? { sum, stems } : NO_OVERLAP;
  }
}

const NO_OVERLAP = Object.freeze({ sum: 0, stems: Object.freeze([]) as readonly string[] });

/** Sum of the weights of distinct stems (e.g. the union of per-sentence overlaps). */
export function sumOf(profile: Profile, stems: Iterable<string>, lang: DetectedLang): number {
  const weights = profile.weights(lang);
  let sum = 0;
  for (const stem of new Set(stems)) sum += weights.get(stem) ?? 0;
  return sum;
}

/** Maps an overlap sum onto 0–1: one keyword gives about 0.5, three nearly 0.9. */
export function fitScore(sum: number): number {
  return 1 - Math.exp(-sum / 1.45);
}
