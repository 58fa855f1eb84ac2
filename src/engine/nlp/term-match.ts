// Finds a list of words and phrases in a post by their stems, so one entry catches its
// inflections ("woning" finds "woningen"). Terms are stemmed in the post's language, the way
// the post's own tokens were, and indexed by their first stem: one pass over the tokens.
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
  const byLang = new Map<DetectedLang, Map<string, { stems: string[]; term: number }[]>>();
  const indexFor = (lang: DetectedLang) => {
    let index = byLang.get(lang);
    if (!index) {
      index = new Map();
      terms.forEach((term, i) => {
        const stems = tokenize(term, lang).map((t) => t.stem);
        if (stems.length === 0) return;
        const list = index!.get(stems[0]!) ?? [];
        list.push({ stems, term: i });
        index!.set(stems[0]!, list);
      });
      // Longest phrase first, so "Raad van State" wins over "raad".
      for (const list of index.values()) list.sort((a, b) => b.stems.length - a.stems.length);
      byLang.set(lang, index);
    }
    return index;
  };
  return {
    size: terms.length,
    find(tokens, lang) {
      const index = indexFor(lang);
      const hits: TermHit[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const candidates = index.get(tokens[i]!.stem);
        if (!candidates) continue;
        for (const c of candidates) {
          if (i + c.stems.length > tokens.length) continue;
          let ok = true;
          for (let j = 1; j < c.stems.length && ok; j++) ok = tokens[i + j]!.stem === c.stems[j];
          if (!ok) continue;
          const to = i + c.stems.length;
          hits.push({ term: c.term, from: i, to, span: { start: tokens[i]!.start, end: tokens[to - 1]!.end } });
          i = to - 1;
          break;
        }
      }
      return hits;
    },
  };
}
