// The rule-pack format (version 1), as in docs/pack-format.md. Fields beyond the core
// contract are optional and defaulted, so every core pack keeps working.
import type { Intensity, Lang, Severity } from '../types';

/** A plain string, or one string per language. */
export type PackText = string | Partial<Record<Lang, string>> & Record<string, string>;
export type PerLang<T> = Partial<Record<Lang, T>> & Record<string, T>;

export interface PackPrinciple {
  id: string;
  title: PackText;
  text: PackText;
}

export interface PackGoal {
  id: string;
  title: PackText;
  description?: PackText;
}

export interface PackTheme {
  id: string;
  title: PackText;
  description?: PackText;
  keywords?: PerLang<string[]>;
  examples?: { lang?: Lang; text: string }[];
  /** Extension, for `strategy.avoid`: the subject is someone's personal case, so its keywords
   * only count when the post points to an identifiable person (see off-strategy). */
  personal?: boolean;
}

export interface PackPressRelease {
  id: string;
  title?: string;
  date?: string;
  lang?: Lang;
  /** The full text, or … */
  text?: string;
  /** … a fingerprint made by `posting-coach pack fingerprint` (see docs/pack-format.md). */
  fingerprint?: string;
}

export interface PackRuleSettings {
  severity?: Severity;
  /** Id of the guideline principle the rule's nudges quote (extension). */
  principle?: string;
  /** Custom message or suggestion replacing the built-in one (extension). */
  message?: PackText;
  suggestion?: PackText;
}

export interface PackCustomRule {
  id: string;
  kind: 'terms' | 'pattern';
  lang?: Lang;
  terms?: string[];
  /** For kind 'pattern': an RE2-syntax regular expression (linear time). */
  pattern?: string;
  /** For kind 'pattern': case-insensitive unless false. */
  ignoreCase?: boolean;
  severity?: Severity;
  category?: string;
  message: PackText;
  suggestion?: PackText;
  principle?: string;
  examples?: { fire?: string[]; pass?: string[] };
}

export interface PackTest {
  text: string;
  lang?: Lang;
  site?: string;
  reply?: boolean;
  role?: 'employee' | 'spokesperson';
  expect: string[];
}

export interface Pack {
  format: 1;
  id: string;
  name: string;
  version: string;
  languages: Lang[];
  description?: PackText;
  organisation?: {
    name?: string;
    aliases?: string[];
    handles?: string[];
  };
  guidelines?: {
    why?: PackText;
    principles?: PackPrinciple[];
    do?: PackText[];
    dont?: PackText[];
    spokespeople?: PackText;
    contact?: PackText;
  };
  strategy?: {
    goals?: PackGoal[];
    themes?: PackTheme[];
    avoid?: PackTheme[];
    reserved?: PackTheme[];
  };
  pressReleases?: PackPressRelease[];
  rules?: Record<string, 'off' | PackRuleSettings>;
  custom?: PackCustomRule[];
  tests?: PackTest[];
  /** Extension: a coaching intensity the pack fixes for its users. */
  intensity?: Intensity;
  /** Extension: history settings the pack fixes. */
  history?: { privacy?: 'none' | 'excerpt' | 'text'; retentionDays?: number; maxEvents?: number };
  /** Extension: project code names and other terms that must not leave the organisation. */
  confidential?: { terms?: string[] };
  /** Extension: the promotion norm, e.g. 0.1 for one promotional post in ten. */
  promotionNorm?: number;
}
