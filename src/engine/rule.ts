// What a detector is. One detector per file in src/rules/, its id equal to its file name.
import type { Pack } from './pack/types';
import type { CompiledPack } from './pack/compile';
import type { Sentence, Token } from './text';
import type { SignalSet } from './signals/extract';
import type { AnalyseInput, Category, DetectedLang, Lang, Praise, Replacement, Role, Scores, Severity, Span } from './types';

/** A text in both first-class languages. */
export type Bilingual = Record<Lang, string>;

export interface RuleExample {
  text: string;
  lang: Lang;
  site?: string;
  reply?: boolean;
  role?: Role;
  /** Pack the example runs against: a file in packs/ without .json. Default: 'default'. */
  pack?: string;
}

export interface RuleHit {
  spans: Span[];
  message: string;
  suggestion?: string;
  replacement?: Replacement;
  /** Overrides the rule's default severity for this hit (a pack's setting still wins). */
  severity?: Severity;
}

export interface RuleContext {
  text: string;
  /** Detected (or forced) language of the post. */
  lang: DetectedLang;
  /** Language messages are written in. */
  msgLang: Lang;
  input: Required<Pick<AnalyseInput, 'reply' | 'role'>> & AnalyseInput;
  role: Role;
  sentences: Sentence[];
  tokens: Token[];
  pack: Pack;
  compiled: CompiledPack;
  /** What this rule's `compile` made of the pack (undefined without one). */
  data: unknown;
  /** Picks the message-language text and fills `{name}` placeholders. */
  t(text: Bilingual, vars?: Record<string, string | number>): string;
  /**
   * Caches a pure per-sentence computation, keyed by rule and sentence text, so that a small
   * edit re-computes only the sentences that changed. The function sees the sentence at its
   * current offsets, but its result is reused for identical text elsewhere: keep offsets in
   * the result relative to `sentence.start`.
   */
  memo<T>(sentence: Sentence, fn: (sentence: Sentence) => T): T;
  /** The post's named signals, computed once per analysis and shared by the detectors. */
  signals(): SignalSet;
  /** Rules fill in the scores they own and add praise for what is good. */
  scores: Scores;
  praise: Praise[];
}

export interface Rule {
  id: string;
  category: Category;
  languages: Lang[];
  defaultSeverity: Severity;
  /** Id of the pack guideline principle the rule rests on ('dialogue', 'no-selling', …). */
  principle: string;
  /** The guideline in our words, quoted when the pack has no such principle. */
  why: Bilingual;
  /** Prepares pack data once per pack (themes, fingerprints, …). */
  compile?(pack: Pack): unknown;
  detect(ctx: RuleContext): RuleHit[];
  examples: { fire: RuleExample[]; pass: RuleExample[] };
}
