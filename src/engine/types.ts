// The engine's public types. Pure data: no DOM, no browser APIs.

export type Lang = 'nl' | 'en';
export type DetectedLang = Lang | 'other';
export type Severity = 'info' | 'nudge' | 'warning';
export type Role = 'employee' | 'spokesperson';
/** gentle: warnings only; normal: nudges and warnings; thorough: everything, info included. */
export type Intensity = 'gentle' | 'normal' | 'thorough';

/** The four labels of the mission plus the categories of the other detectors. */
export type Category =
  | 'broadcasting'
  | 'self-promotion'
  | 'press-release'
  | 'off-strategy'
  | 'on-behalf'
  | 'confidential'
  | 'custom';

/** A half-open range of UTF-16 code units in the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** A concrete text change a UI may offer to copy or apply. */
export interface Replacement {
  span: Span;
  text: string;
}

export interface Finding {
  /** Rule id: a built-in detector's file name, or a pack's custom rule id. */
  rule: string;
  category: Category;
  severity: Severity;
  spans: Span[];
  /** What was noticed, in the message language. */
  message: string;
  /** The pack guideline this rests on, quoted in the pack's own words. */
  why: string;
  /** Id of the pack principle quoted in `why`, when it came from the pack. */
  principle?: string;
  /** A concrete better way. */
  suggestion?: string;
  /** A text the user could insert or put in place of a span (e.g. a question to add). */
  replacement?: Replacement;
}

/** What the coach says is good about a post. */
export interface Praise {
  kind: 'theme' | 'question' | 'credit' | 'reply';
  message: string;
  spans: Span[];
}

export interface Scores {
  /** 0–1: how much the post invites or continues a conversation. */
  dialogue: number;
  /** 0–1: how much the post sells or boasts. */
  promotion: number;
  /** 0–1 overlap with the closest press release of the pack. */
  pressRelease: { similarity: number; releaseId?: string; title?: string };
  /** 0–1 fit with the closest strategy theme of the pack. */
  strategyFit: { score: number; themeId?: string; title?: string };
}

export interface Report {
  /** Detected language of the post. */
  language: DetectedLang;
  /** Language the messages are written in (the post's, else the UI's). */
  messageLang: Lang;
  findings: Finding[];
  praise: Praise[];
  scores: Scores;
}

export interface AnalyseInput {
  text: string;
  /** Site key, e.g. 'x', 'linkedin', 'mastodon'. */
  site?: string;
  /** True when the post answers someone else's post or comment. */
  reply?: boolean;
  role?: Role;
  /** Forces the language instead of detecting it. */
  lang?: Lang;
  /** Fallback message language when the post is in neither language. */
  uiLang?: Lang;
  intensity?: Intensity;
}
