// Kind "terms": words or phrases, matched on stems in the post's language, so that one entry
// catches its inflections (synergie/synergieën, leverage/leveraging).
import type { PackCustomRule } from '../pack/types';
import { tokenize } from '../text';
import type { Finder } from './index';

export function compileTerms(rule: PackCustomRule): Finder {
  const terms = rule.terms ?? [];
  // Stems depend on the language, so each term is kept per language it may be matched in.
  const byLang = new Map<string, string[][]>();
  const phrasesFor = (lang: 'nl' | 'en' | 'other') => {
    let phrases = byLang.get(lang);
    if (!phrases) {
      phrases = terms.map((term) => tokenize(term, lang).map((t) => t.stem)).filter((p) => p.length > 0);
      byLang.set(lang, phrases);
    }
    return phrases;
  };
  return (_text, tokens, lang) => {
    const phrases = phrasesFor(lang);
    const spans = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const phrase of phrases) {
        if (i + phrase.length > tokens.length) continue;
        let ok = true;
        for (let j = 0; j < phrase.length && ok; j++) ok = tokens[i + j]!.stem === phrase[j];
        if (ok) {
          spans.push({ start: tokens[i]!.start, end: tokens[i + phrase.length - 1]!.end });
          break;
        }
      }
    }
    return spans;
  };
}
