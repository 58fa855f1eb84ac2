// The one matcher for lists of words and phrases: custom "terms" rules, confidential code names,
// strategy keywords and the default sensitive words. Terms are matched on stems in the post's
// language, so one entry catches its inflections (synergie/synergieën, leverage/leveraging,
// integrale aanpak / integraal aanpakken); all of a list goes into one phrase trie per language,
// so a post is matched in one pass however long the list. A phrase matches only words that stand
// side by side (spaces, a dash or a slash between them), and the longest phrase wins.
import { stem } from '../nlp/stem';
import { tokenize, type Token } from '../text';
import type { DetectedLang, Span } from '../types';
import { PhraseTrie } from './token-trie';
import { oncePerTokens } from '../once-per-tokens';
import { stopWordsOf } from '../nlp/words';

// Dutch doubles a vowel in a closed syllable (huur/huren, integraal/integrale) and the light
// stemmer strips one suffix only (synergie/synergieën), so Dutch terms compare with doubled
// vowels folded and a final e dropped.
const DOUBLE_VOWEL = /([aeou])\1/g;

function key(stemmed: string, lang: DetectedLang): string {
  if (lang !== 'nl') return stemmed;
  const folded = stemmed.replace(DOUBLE_VOWEL, '$1');
  return folded.length > 3 && folded.endsWith('e') ? folded.slice(0, -1) : folded;
}

interface Word {
  key: string;
  /** The word as written, lower-case. */
  lower: string;
  start: number;
  end: number;
}

// Several matchers read the same sentence (each strategy subject, the sensitive words).
const wordsOnce = oncePerTokens<Word[]>();

/** Tokens as match words; a hyphenated token counts as its parts, so "best in class" meets "best-in-class". */
function words(tokens: readonly Token[], lang: DetectedLang): Word[] {
  return wordsOnce(tokens, lang, () => wordsOf(tokens, lang));
}

function wordsOf(tokens: readonly Token[], lang: DetectedLang): Word[] {
  const out: Word[] = [];
  for (const t of tokens) {
    if (!t.lower.includes('-')) {
      out.push({ key: key(t.stem, lang), lower: t.lower, start: t.start, end: t.end });
      continue;
    }
    let from = 0;
    for (const part of t.text.split('-')) {
      if (part) out.push({ key: key(stem(part.toLowerCase(), lang), lang), lower: part.toLowerCase(), start: t.start + from, end: t.start + from + part.length });
      from += part.length + 1;
    }
  }
  return out;
}

/** Only spaces (or a dash, a slash) may sit between the words of a phrase. */
const JOINER = /^[\s\u00A0\-–/]*$/;

export interface TermHit {
  /** Index of the term in the list given to compile. */
  term: number;
  span: Span;
}

export interface TermMatcher {
  /**
   * The terms in `tokens`. `text` is the text the tokens' offsets point into, less `base`
   * (a sentence's own text with base = its start, or the whole post with base 0).
   */
  find(text: string, tokens: readonly Token[], lang: DetectedLang, base?: number): TermHit[];
  size: number;
}

/**
 * The light stemmers strip "-ing" from nouns, so "staking" (a strike) and "stak" (put, past
 * tense), or "meeting" and "meet", share a stem. A word counts as a form of the term's word when
 * it is at most MAX_SHORTER letters shorter ("huur"/"huren", "strike"/"strikes") or carries an
 * ending of its own beyond the shared stem ("besparen"/"besparingen", "staken"/"staking"); the
 * bare stem of a longer word is another word.
 */
const MAX_SHORTER = 2;

export function compileTermMatcher(terms: readonly string[]): TermMatcher {
  // Stems depend on the language, so the terms are prepared once per language they meet.
  const byLang = new Map<DetectedLang, { trie: PhraseTrie; lengths: number[][]; written: string[][] }>();
  const trieFor = (lang: DetectedLang) => {
    let known = byLang.get(lang);
    if (!known) {
      const trie = new PhraseTrie();
      const lengths: number[][] = [];
      const written: string[][] = [];
      // Index by position in the original list, so a hit names the term as written.
      terms.forEach((term, i) => {
        const words = wordsOf(tokenize(term, lang), lang);
        if (words.length === 0) return;
        trie.add(words.map((w) => w.key), i);
        lengths[i] = words.map((w) => Math.min(w.end - w.start - MAX_SHORTER, w.key.length + 2));
        written[i] = words.map((w) => w.lower);
      });
      known = { trie, lengths, written };
      byLang.set(lang, known);
    }
    return known;
  };
  /**
   * Every word of the hit is long enough to be a form of the term's word, not a stem collision,
   * and none is a function word standing in for another word ("die" is not "dieet").
   */
  const formsOf = (all: Word[], minimum: number[], written: string[], stops: ReadonlySet<string>, from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const w = all[i]!;
      if (w.end - w.start < minimum[i - from]!) return false;
      if (stops.has(w.lower) && w.lower !== written[i - from]) return false;
    }
    return true;
  };
  return {
    size: terms.length,
    find(text, tokens, lang, base = 0) {
      if (terms.length === 0 || tokens.length === 0) return [];
      const { trie, lengths, written } = trieFor(lang);
      if (trie.size === 0) return [];
      const all = words(tokens, lang);
      if (!all.some((w) => trie.begins(w.key))) return [];
      const hits = trie.findAll({
        count: all.length,
        key: (i) => all[i]!.key,
        joined: (i) => JOINER.test(text.slice(all[i - 1]!.end - base, all[i]!.start - base)),
      });
      const stops = stopWordsOf(lang);
      return hits.filter((h) => formsOf(all, lengths[h.id]!, written[h.id]!, stops, h.from, h.to)).map((h) => ({ term: h.id, span: { start: all[h.from]!.start, end: all[h.to - 1]!.end } }));
    },
  };
}
