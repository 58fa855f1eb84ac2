// Finds a list of words and phrases in a post by their stems, so one entry catches its
// inflections ("woning" finds "woningen"). Terms are stemmed in the post's language, the way
// the post's own tokens were, and go into one phrase trie per language: one pass over the
// tokens, however long the list.
import { PhraseTrie } from '../match/token-trie';
import { tokenize, type Token } from '../text';
import type { DetectedLang, Span } from '../types';

export interface TermHit {
  /** Index of the term in the list given to compile. */
  term: number;
  span: Span;
  /** Token index range [from, to). */
  from: number;
  to: number;
}

export interface TermMatcher {
  find(tokens: readonly Token[], lang: DetectedLang): TermHit[];
  size: number;
}

export function compileTermMatcher(terms: readonly string[]): TermMatcher {
  const byLang = new Map<DetectedLang, PhraseTrie>();
  const trieFor = (lang: DetectedLang) => {
    let trie = byLang.get(lang);
    if (!trie) {
      trie = new PhraseTrie();
      terms.forEach((term, i) => trie!.add(tokenize(term, lang).map((t) => t.stem), i));
      byLang.set(lang, trie);
    }
    return trie;
  };
  return {
    size: terms.length,
    find(tokens, lang) {
      const hits = trieFor(lang).findAll({ count: tokens.length, key: (i) => tokens[i]!.stem });
      return hits.map((h) => ({ term: h.id, from: h.from, to: h.to, span: { start: tokens[h.from]!.start, end: tokens[h.to - 1]!.end } }));
    },
  };
}
