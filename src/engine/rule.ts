// What a detector is. One detector per file in src/rules/, its id equal to its file name.
import type { Pack } from './pack/types';
import type { CompiledPack } from './pack/compile';
import type { Sentence, Token } from './text';
import type { SignalSet } from './signals/extract';
import type { AnalyseInput, Category, DetectedLang, Lang, Praise, Replacement, Role, Scores, Severity, Span } from './types';

/**
 * A fact about the post that several detectors read (the strategy facts of the off-strategy
 * siblings, the copy of a pack's release): computed by the context at most once per analysis,
 * whichever rule asks first, so no rule depends on another having run before it.
 */
export interface Fact<T> {
  /** Unique name: keys the fact's per-sentence memo. */
  id: string;
  /** Prepares pack data once per compiled pack; `compute` gets it as `ctx.data`. */
  compile?(pack: Pack): unknown;
  /** Computes the fact; `ctx.memo` is the fact's own, `ctx.scores` and `ctx.praise` are discarded. */
  compute(ctx: RuleContext): T;
}

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
  /**
   * The post answers someone: the caller says so (`input.reply`) or it opens with an @mention.
   * Computed once per analysis; every rule asks this, never its own test.
   */
  reply: boolean;
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
  /** A fact shared by several detectors, computed once per analysis (see Fact). */
  fact<T>(fact: Fact<T>): T;
  /**
   * What this rule reports: the scores it owns and praise for what is good. Each rule gets its
   * own; the engine merges them after every rule ran, so no rule can read another's and the
   * order of the rules changes nothing. A fact two rules need is a Fact, not a score.
   */
  scores: Partial<Scores>;
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
  /** Shared facts the rule reads: their pack data is prepared with the pack, not on the first post. */
  facts?: readonly Fact<unknown>[];
  detect(ctx: RuleContext): RuleHit[];
  examples: { fire: RuleExample[]; pass: RuleExample[] };
}
