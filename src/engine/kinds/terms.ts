// Kind "terms": words or phrases, matched on stems in the post's language, so that one entry
// catches its inflections (synergie/synergieën, leverage/leveraging, integrale aanpak /
// integraal aanpakken). A phrase matches only words that stand side by side in one sentence.
import { stem } from '../nlp/stem';
import type { PackCustomRule } from '../pack/types';
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
  // Stems depend on the language, so the terms are prepared once per language they meet.
  // Indexed by first word, longest phrase first, so "social media manager" wins over "social media".
  const byLang = new Map<DetectedLang, Map<string, string[][]>>();
  const phrasesFor = (lang: DetectedLang) => {
    let index = byLang.get(lang);
    if (!index) {
      index = new Map();
      for (const phrase of termKeys(terms, lang).sort((a, b) => b.length - a.length)) {
        const same = index.get(phrase[0]!) ?? [];
        same.push(phrase);
        index.set(phrase[0]!, same);
      }
      byLang.set(lang, index);
    }
    return index;
  };
  return (text, tokens, lang) => {
    const index = phrasesFor(lang);
    if (index.size === 0) return [];
    const all = words(tokens, lang);
    const spans = [];
    for (let i = 0; i < all.length; ) {
      const length = index.get(all[i]!.key)?.find((phrase) => matchesAt(phrase, all, text, i))?.length ?? 0;
      if (length === 0) {
        i++;
        continue;
      }
      spans.push({ start: all[i]!.start, end: all[i + length - 1]!.end });
      i += length;
    }
    return spans;
  };
}

function matchesAt(phrase: readonly string[], all: readonly Word[], text: string, at: number): boolean {
  if (at + phrase.length > all.length) return false;
  for (let j = 0; j < phrase.length; j++) {
    if (all[at + j]!.key !== phrase[j]) return false;
    if (j > 0 && !JOINER.test(text.slice(all[at + j - 1]!.end, all[at + j]!.start))) return false;
  }
  return true;
}
