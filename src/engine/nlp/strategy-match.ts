// What a post does with the pack's strategy, sentence by sentence: the stems it shares with
// each theme and goal, and where it names a subject to avoid, a reserved subject or a sensitive
// personal matter. The off-strategy sibling rules (src/rules/avoided-subject, reserved-subject,
// no-theme-fit, personal-case, …) all read these facts, so they are compiled once per pack and
// gathered once per analysis, whichever sibling asks first.
import { compileTermMatcher, type TermMatcher } from './term-match';
import { fitScore, Profile, sumOf } from './similarity';
import { packVocabulary } from './pack-vocabulary';
import type { Sentence } from '../text';
import type { DetectedLang, Span } from '../types';
import type { Pack, PackTheme } from '../pack/types';

export interface Subject {
  id: string;
  title: PackTheme['title'];
  matcher: TermMatcher;
  personal: boolean;
}

export interface StrategyData {
  themes: { id: string; title: PackTheme['title']; profile: Profile }[];
  goals: { id: string; title: PackTheme['title']; profile: Profile }[];
  /** Everything else the pack says (guidelines, description, goals, releases), one light profile. */
  pack: Profile;
  avoid: Subject[];
  reserved: Subject[];
  /** The pack's personal-case subjects (`"personal": true` in `avoid`); may be empty. */
  personal: Subject[];
}

const allKeywords = (t: PackTheme) => Object.values(t.keywords ?? {}).flat().filter((k): k is string => typeof k === 'string');
const texts = (t: PackTheme['title'] | undefined) => (t === undefined ? [] : typeof t === 'string' ? [t] : Object.values(t).filter((v): v is string => typeof v === 'string'));

const compiledByPack = new WeakMap<Pack, StrategyData>();

/** The pack's strategy, compiled once per pack object and shared by the sibling rules. */
export function compileStrategy(pack: Pack): StrategyData {
  const cached = compiledByPack.get(pack);
  if (cached) return cached;
  const org = pack.organisation;
  const exclude = new Set(
    [org?.name, ...(org?.aliases ?? [])].flatMap((n) => (n ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3),
  );
  const profileOf = (t: PackTheme) =>
    new Profile({ keywords: allKeywords(t), titles: texts(t.title), descriptions: texts(t.description), examples: (t.examples ?? []).map((e) => e.text) }, exclude);
  const subject = (t: PackTheme, personal = false): Subject => ({ id: t.id, title: t.title, matcher: compileTermMatcher(allKeywords(t)), personal: personal || t.personal === true });
  const strategy = pack.strategy ?? {};
  const avoid = (strategy.avoid ?? []).map((t) => subject(t));
  const data: StrategyData = {
    themes: (strategy.themes ?? []).map((t) => ({ id: t.id, title: t.title, profile: profileOf(t) })),
    goals: (strategy.goals ?? []).map((g) => ({ id: g.id, title: g.title, profile: profileOf(g) })),
    pack: new Profile({ keywords: [], titles: [], descriptions: [], examples: packVocabulary(pack) }, exclude),
    avoid,
    reserved: (strategy.reserved ?? []).map((t) => subject(t)),
    personal: avoid.filter((a) => a.personal),
  };
  compiledByPack.set(pack, data);
  return data;
}

/** What one sentence contributes; spans relative to the sentence, so the memo can reuse it. */
interface SentenceFacts {
  themes: string[][];
  goals: string[][];
  pack: string[];
  avoid: Span[][];
  reserved: Span[][];
  personal: Span[][];
}

function sentenceFacts(sentence: Sentence, data: StrategyData, lang: DetectedLang): SentenceFacts {
  const rel = (m: TermMatcher) => m.find(sentence.tokens, lang).map((h) => ({ start: h.span.start - sentence.start, end: h.span.end - sentence.start }));
  return {
    themes: data.themes.map((t) => t.profile.overlap(sentence.tokens, lang).stems),
    goals: data.goals.map((g) => g.profile.overlap(sentence.tokens, lang).stems),
    pack: data.pack.overlap(sentence.tokens, lang).stems,
    avoid: data.avoid.map((a) => rel(a.matcher)),
    reserved: data.reserved.map((r) => rel(r.matcher)),
    personal: data.personal.map((p) => rel(p.matcher)),
  };
}

type Memo = <T>(sentence: Sentence, fn: (s: Sentence) => T) => T;

export interface RankedTheme {
  id: string;
  title: PackTheme['title'];
  /** Sum of the weights of the stems the post shares with the theme. */
  fit: number;
}

export interface StrategyFacts {
  /** Themes, best fit first. */
  ranked: RankedTheme[];
  /** Best fit with a goal. */
  goalFit: number;
  /** Fit with the rest of the pack's own texts. */
  packFit: number;
  avoid: Span[][];
  reserved: Span[][];
  personal: Span[][];
}

/** Per-sentence facts (cached with `memo`) gathered over the post, spans made absolute again. */
export function gatherStrategy(sentences: readonly Sentence[], memo: Memo, data: StrategyData, lang: DetectedLang): StrategyFacts {
  const themes = data.themes.map(() => [] as string[]);
  const goals = data.goals.map(() => [] as string[]);
  const packStems: string[] = [];
  const avoid = data.avoid.map(() => [] as Span[]);
  const reserved = data.reserved.map(() => [] as Span[]);
  const personalSpans = data.personal.map(() => [] as Span[]);
  for (const s of sentences) {
    const f = memo(s, (sentence) => sentenceFacts(sentence, data, lang));
    const abs = (spans: Span[], into: Span[]) => spans.forEach((x) => into.push({ start: x.start + s.start, end: x.end + s.start }));
    f.themes.forEach((stems, i) => themes[i]!.push(...stems));
    f.goals.forEach((stems, i) => goals[i]!.push(...stems));
    packStems.push(...f.pack);
    f.avoid.forEach((spans, i) => abs(spans, avoid[i]!));
    f.reserved.forEach((spans, i) => abs(spans, reserved[i]!));
    f.personal.forEach((spans, i) => abs(spans, personalSpans[i]!));
  }
  const ranked = data.themes.map((t, i) => ({ id: t.id, title: t.title, fit: sumOf(t.profile, themes[i]!, lang) })).sort((a, b) => b.fit - a.fit);
  const goalFit = Math.max(0, ...data.goals.map((g, i) => sumOf(g.profile, goals[i]!, lang)));
  return { ranked, goalFit, packFit: sumOf(data.pack, packStems, lang), avoid, reserved, personal: personalSpans };
}

// One analysis hands every rule the same `sentences` array: the first sibling to ask gathers
// the facts, the others reuse them. Keyed weakly, so nothing outlives the analysis.
const factsBySentences = new WeakMap<readonly Sentence[], StrategyFacts>();

export interface StrategyContext {
  sentences: Sentence[];
  memo: Memo;
  lang: DetectedLang;
  pack: Pack;
}

/** The strategy facts of the post being analysed, shared by the off-strategy siblings. */
export function strategyFacts(ctx: StrategyContext): { data: StrategyData; facts: StrategyFacts } {
  const data = compileStrategy(ctx.pack);
  let facts = factsBySentences.get(ctx.sentences);
  if (!facts) {
    facts = gatherStrategy(ctx.sentences, ctx.memo, data, ctx.lang);
    factsBySentences.set(ctx.sentences, facts);
  }
  return { data, facts };
}

/** The 0–1 strategy fit reported in `scores.strategyFit`. */
export function strategyScore(facts: StrategyFacts): number {
  return Math.round(fitScore(Math.max(facts.ranked[0]?.fit ?? 0, facts.goalFit)) * 100) / 100;
}
