// The fixed set of custom-rule kinds a pack can use. A kind is code (with examples and
// tests); a pack only supplies data for it. Adding a kind means adding a file here.
import { CATEGORIES as CATEGORY_LIST } from '../labels';
import type { PackCustomRule, PackText } from '../pack/types';
import type { Token } from '../text';
import type { Category, DetectedLang, Lang, Severity, Span } from '../types';
import { compileTerms } from './terms';
import { compilePattern } from './pattern';

export interface CompiledCustomRule {
  id: string;
  category: Category;
  severity: Severity;
  principle?: string;
  /** Only posts in this language are checked; undefined checks every post. */
  lang?: Lang;
  message: PackText;
  suggestion?: PackText;
  find(text: string, tokens: readonly Token[], lang: DetectedLang): Span[];
}

export type Finder = CompiledCustomRule['find'];

const KINDS: Record<PackCustomRule['kind'], (rule: PackCustomRule) => Finder> = {
  terms: compileTerms,
  pattern: compilePattern,
};

/** Categories a custom rule may join; without one it is 'custom'. */
export const CUSTOM_CATEGORIES: readonly Category[] = CATEGORY_LIST;
const CATEGORY_SET = new Set<Category>(CUSTOM_CATEGORIES);

/** The kinds a pack may use, in the order the docs list them. */
export const KIND_NAMES = ['terms', 'pattern'] as const;

export function compileCustomRule(rule: PackCustomRule): CompiledCustomRule {
  const kind = KINDS[rule.kind];
  if (!kind) throw new Error(`Unknown custom rule kind "${String(rule.kind)}"`);
  return {
    id: rule.id,
    category: rule.category && CATEGORY_SET.has(rule.category as Category) ? (rule.category as Category) : 'custom',
    severity: rule.severity ?? 'nudge',
    principle: rule.principle,
    lang: rule.lang,
    message: rule.message,
    suggestion: rule.suggestion,
    find: kind(rule),
  };
}
