// Kind "terms": words or phrases, matched on stems in the post's language, so that one entry
// catches its inflections (synergie/synergieën, leverage/leveraging, integrale aanpak /
// integraal aanpakken). A phrase matches only words that stand side by side in one sentence.
import { stem } from '../nlp/stem';
import type { PackCustomRule } from '../pack/types';
import { PhraseTrie } from '../match/token-trie';
import { tokenize, type Token } from '../text';
import type { DetectedLang } from '../types';
import type { Finder } from './index';

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
  start: number;
  end: number;
}

/** Tokens as match words; a hyphenated token counts as its parts, so "best in class" meets "best-in-class". */
function words(tokens: readonly Token[], lang: DetectedLang): Word[] {
  const out: Word[] = [];
  for (const t of tokens) {
    if (!t.lower.includes('-')) {
      out.push({ key: key(t.stem, lang), start: t.start, end: t.end });
      continue;
    }
    let from = 0;
    for (const part of t.text.split('-')) {
      if (part) out.push({ key: key(stem(part.toLowerCase(), lang), lang), start: t.start + from, end: t.start + from + part.length });
      from += part.length + 1;
    }
  }
  return out;
}

/** Only spaces (or a dash, a slash) may sit between the words of a phrase. */
const JOINER = /^[\s\u00A0\-–/]*$/;

/** The words of each term as match keys in `lang`; terms without words are dropped. */
export function termKeys(terms: readonly string[], lang: DetectedLang): string[][] {
  return terms.map((term) => words(tokenize(term, lang), lang).map((w) => w.key)).filter((keys) => keys.length > 0);
}

export function compileTerms(rule: PackCustomRule): Finder {
  const terms = rule.terms ?? [];
  // Stems depend on the language, so the terms are prepared once per language they meet,
  // into one phrase trie: the longest phrase wins, so "social media manager" beats "social media".
  const byLang = new Map<DetectedLang, PhraseTrie>();
  const trieFor = (lang: DetectedLang) => {
    let trie = byLang.get(lang);
    if (!trie) {
      trie = new PhraseTrie();
      termKeys(terms, lang).forEach((keys, i) => trie!.add(keys, i));
      byLang.set(lang, trie);
    }
    return trie;
  };
  return (text, tokens, lang) => {
    const trie = trieFor(lang);
    if (trie.size === 0) return [];
    const all = words(tokens, lang);
    const hits = trie.findAll({
      count: all.length,
      key: (i) => all[i]!.key,
      joined: (i) => JOINER.test(text.slice(all[i - 1]!.end, all[i]!.start)),
    });
    return hits.map((h) => ({ start: all[h.from]!.start, end: all[h.to - 1]!.end }));
  };
}
