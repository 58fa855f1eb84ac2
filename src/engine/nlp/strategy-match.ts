// What a post does with the pack's strategy, sentence by sentence: the stems it shares with
// each theme and goal, and where it names a subject to avoid, a reserved subject or a sensitive
// personal matter. Compiled once per pack; per-sentence results are cached by the caller's memo.
import { compileTermMatcher, type TermMatcher } from './term-match';
import { Profile } from './similarity';
import { DEFAULT_SENSITIVE } from './personal-case';
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
  avoid: Subject[];
  reserved: Subject[];
  /** Personal-case subjects: the pack's own, else a built-in list of sensitive words. */
  personal: Subject[];
}

const allKeywords = (t: PackTheme) => Object.values(t.keywords ?? {}).flat().filter((k): k is string => typeof k === 'string');
const texts = (t: PackTheme['title'] | undefined) => (t === undefined ? [] : typeof t === 'string' ? [t] : Object.values(t).filter((v): v is string => typeof v === 'string'));

export function compileStrategy(pack: Pack): StrategyData {
  const org = pack.organisation;
  const exclude = new Set(
    [org?.name, ...(org?.aliases ?? [])].flatMap((n) => (n ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3),
  );
  const profileOf = (t: PackTheme) =>
    new Profile({ keywords: allKeywords(t), titles: texts(t.title), descriptions: texts(t.description), examples: (t.examples ?? []).map((e) => e.text) }, exclude);
  const subject = (t: PackTheme, personal = false): Subject => ({ id: t.id, title: t.title, matcher: compileTermMatcher(allKeywords(t)), personal: personal || t.personal === true });
  const strategy = pack.strategy ?? {};
  const avoid = (strategy.avoid ?? []).map((t) => subject(t));
  const fallback: Subject = { id: 'personal-data', title: { nl: 'persoonlijke gegevens', en: 'personal data' }, matcher: compileTermMatcher(DEFAULT_SENSITIVE), personal: true };
  return {
    themes: (strategy.themes ?? []).map((t) => ({ id: t.id, title: t.title, profile: profileOf(t) })),
    goals: (strategy.goals ?? []).map((g) => ({ id: g.id, title: g.title, profile: profileOf(g) })),
    avoid,
    reserved: (strategy.reserved ?? []).map((t) => subject(t)),
    personal: avoid.some((a) => a.personal) ? avoid.filter((a) => a.personal) : [fallback],
  };
}

/** What one sentence contributes; spans relative to the sentence, so the memo can reuse it. */
interface SentenceFacts {
  themes: string[][];
  goals: string[][];
  avoid: Span[][];
  reserved: Span[][];
  personal: Span[][];
}

function sentenceFacts(sentence: Sentence, data: StrategyData, lang: DetectedLang): SentenceFacts {
  const rel = (m: TermMatcher) => m.find(sentence.tokens, lang).map((h) => ({ start: h.span.start - sentence.start, end: h.span.end - sentence.start }));
  return {
    themes: data.themes.map((t) => t.profile.overlap(sentence.tokens, lang).stems),
    goals: data.goals.map((g) => g.profile.overlap(sentence.tokens, lang).stems),
    avoid: data.avoid.map((a) => rel(a.matcher)),
    reserved: data.reserved.map((r) => rel(r.matcher)),
    personal: data.personal.map((p) => rel(p.matcher)),
  };
}

type Memo = <T>(sentence: Sentence, fn: (s: Sentence) => T) => T;

/** Per-sentence facts (cached with `memo`) gathered over the post, spans made absolute again. */
export function gatherStrategy(sentences: readonly Sentence[], memo: Memo, data: StrategyData, lang: DetectedLang) {
  const themes = data.themes.map(() => [] as string[]);
  const goals = data.goals.map(() => [] as string[]);
  const avoid = data.avoid.map(() => [] as Span[]);
  const reserved = data.reserved.map(() => [] as Span[]);
  const personalSpans = data.personal.map(() => [] as Span[]);
  for (const s of sentences) {
    const f = memo(s, (sentence) => sentenceFacts(sentence, data, lang));
    const abs = (spans: Span[], into: Span[]) => spans.forEach((x) => into.push({ start: x.start + s.start, end: x.end + s.start }));
    f.themes.forEach((stems, i) => themes[i]!.push(...stems));
    f.goals.forEach((stems, i) => goals[i]!.push(...stems));
    f.avoid.forEach((spans, i) => abs(spans, avoid[i]!));
    f.reserved.forEach((spans, i) => abs(spans, reserved[i]!));
    f.personal.forEach((spans, i) => abs(spans, personalSpans[i]!));
  }
  return { themes, goals, avoid, reserved, personal: personalSpans };
}
