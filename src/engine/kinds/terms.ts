// Kind "terms": a pack's words or phrases, found with their inflections by the one term matcher
// (match/terms.ts) that also finds code names and strategy keywords.
import { compileTermMatcher } from '../match/terms';
import type { PackCustomRule } from '../pack/types';
import type { Finder } from './index';

export function compileTerms(rule: PackCustomRule): Finder {
  const matcher = compileTermMatcher(rule.terms ?? []);
  return (text, tokens, lang) => matcher.find(text, tokens, lang).map((h) => h.span);
}
