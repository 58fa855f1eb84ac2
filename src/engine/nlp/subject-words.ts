// The words of a subject to avoid or a reserved subject beyond its keywords: the content words of
// its title and description ("Lopende bezwaren, beroepen en rechtszaken"), so a pack with five
// keywords per subject still recognises it. Words the pack also uses for its themes, goals or
// guidelines are left out (they cannot tell the subject apart: "zorg" in a hospital's pack, or
// "woordvoerder" in a description of who may speak), and one such word alone is never enough.
// A subject that speaks of a common family of subjects (legal cases, incidents, politics: see
// subject-families/) is also named by that family's words, under the same two rules.
import type { Token } from '../text';
import type { DetectedLang, Span } from '../types';
import { isContentToken, type Profile } from './similarity';
import { tokenize } from '../text';
import { familyPhrases, familyStemOf, familyStems, isCompounding, isStrongWord, type SubjectFamily } from './subject-families';
import { lowerKeepLength, matchSome } from './phrases';
import { EVERYDAY_WORDS } from './words';

const everydayByLang = new Map<DetectedLang, ReadonlySet<string>>();
/** The stems of the everyday words in a language: "opening" and "open" alike. */
function everydayStems(lang: DetectedLang): ReadonlySet<string> {
  let stems = everydayByLang.get(lang);
  if (!stems) everydayByLang.set(lang, (stems = new Set([...EVERYDAY_WORDS].flatMap((w) => tokenize(w, lang).map((t) => t.stem)))));
  return stems;
}

const NO_HITS: readonly WordHit[] = Object.freeze([]);

export interface WordHit {
  stem: string;
  span: Span;
  /** A family word that names the subject alone (see subject-families/types.ts). */
  strong?: true;
}

export class SubjectWords {
  private byLang = new Map<DetectedLang, { stems: Set<string>; heads: string[]; strong: Set<string>; family: Map<string, string>; alias: Map<string, string> }>();
  constructor(
    private texts: readonly string[],
    /** Profiles whose words are shared with what the organisation wants to talk about. */
    private shared: () => readonly Profile[],
    private exclude: ReadonlySet<string>,
    /** The families of subjects this subject speaks of (see linkedFamilies). */
    readonly families: readonly SubjectFamily[] = [],
  ) {}

  private compiled(lang: DetectedLang) {
    let known = this.byLang.get(lang);
    if (known) return known;
    const stems = new Set(this.counted(lang).map((t) => t.stem));
    const shared = this.shared().map((p) => p.weights(lang));
    const free = (stem: string, word: string) => !this.exclude.has(word) && !shared.some((w) => w.has(stem));
    const family = new Map<string, string>();
    const heads: string[] = [];
    const strong = new Set<string>();
    for (const f of this.families) {
      const fs = familyStems(f, lang);
      for (const [stem, word] of fs.words) {
        if (!free(stem, word)) continue;
        if (!stems.has(stem)) family.set(stem, word);
      }
      for (const word of fs.strong) {
        const stem = tokenize(word, lang)[0]?.stem;
        if (stem !== undefined && free(stem, word)) strong.add(word);
      }
      for (const head of fs.heads) if (free(head, fs.words.get(head)!)) heads.push(head);
    }
    for (const stem of family.keys()) stems.add(stem);
    known = { stems, heads, strong, family, alias: nameAliases(this.texts, lang) };
    this.byLang.set(lang, known);
    return known;
  }

  /** The stems that name the subject: its own words and its families' words. */
  stems(lang: DetectedLang): Set<string> {
    return this.compiled(lang).stems;
  }

  /**
   * What the linked families add, for people to read: the strong words (one names the subject)
   * and the other words (they count towards MIN_SUBJECT_WORDS), as written in the family lists.
   */
  familyWords(lang: DetectedLang): { strong: string[]; words: string[] } {
    const { family, strong } = this.compiled(lang);
    return { strong: [...strong], words: [...family.values()].filter((w) => !strong.has(w)) };
  }

  /** The words as first written, one per stem: for people to read (the options page). */
  words(lang: DetectedLang): string[] {
    const byStem = new Map<string, string>();
    for (const t of this.counted(lang)) if (!byStem.has(t.stem)) byStem.set(t.stem, t.lower);
    return [...byStem.values()];
  }

  /**
   * The tokens of the texts that name the subject: content words not shared with the pack's
   * themes, and no everyday words in any form ("decisions on opening, closing or moving branches"
   * is not named by every post that gives opening hours; a family's own words still count).
   */
  private counted(lang: DetectedLang): Token[] {
    const shared = this.shared().map((p) => p.weights(lang));
    const everyday = everydayStems(lang);
    return this.texts.flatMap((text) => tokenize(text, lang).filter((t) => isContentToken(t) && !everyday.has(t.stem) && !this.exclude.has(t.lower) && !shared.some((w) => w.has(t.stem))));
  }

  /**
   * Where a sentence names one of the subject's families in a word group rather than a word
   * ("de huur stijgt", "jobs are at risk"): strong hits, spans at `base` + the place in `text`.
   */
  findPhrases(text: string, lang: DetectedLang, base: number): readonly WordHit[] {
    let hits: WordHit[] | undefined;
    for (const family of this.families) {
      const re = familyPhrases(family, lang);
      if (!re) continue;
      const found = matchSome(re, lowerKeepLength(text));
      if (found) for (const span of found) (hits ??= []).push({ stem: `\u0000${family}`, span: { start: base + span.start, end: base + span.end }, strong: true });
    }
    return hits ?? NO_HITS;
  }

  find(tokens: readonly Token[], lang: DetectedLang): WordHit[] {
    const { stems, heads, strong, alias } = this.compiled(lang);
    if (stems.size === 0) return [];
    const compounding = isCompounding(lang);
    const hits: WordHit[] = [];
    for (const t of tokens) {
      if (!isContentToken(t)) continue;
      const found = familyStemOf(t, stems, heads);
      const stem = found === undefined ? undefined : (alias.get(found) ?? found);
      if (stem) hits.push({ stem, span: { start: t.start, end: t.end }, ...(isStrongWord(t, strong, compounding) ? { strong: true as const } : {}) });
    }
    return hits;
  }
}

// A name inside a sentence of a title or description ("the Howick Bridge depot inquiry", "de
// fusie met Zorggroep Oost") is one word however many it is written in: "Howick" and "Bridge" are
// not two words of the subject, and a post about the place alone does not name the subject.
const NAME_RUN = /(?<=[^\s.!?:;(“"'‘]\s*)\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)+/gu;

/** For each stem of a multi-word name in the texts, the stem that stands for the whole name. */
function nameAliases(texts: readonly string[], lang: DetectedLang): Map<string, string> {
  const alias = new Map<string, string>();
  for (const text of texts)
    for (const m of text.matchAll(NAME_RUN)) {
      const stems = tokenize(m[0], lang).map((t) => t.stem);
      for (const stem of stems.slice(1)) if (!alias.has(stem)) alias.set(stem, stems[0]!);
    }
  return alias;
}

/** Distinct subject words a post must use before they name the subject without a keyword or a strong family word. */
export const MIN_SUBJECT_WORDS = 2;
