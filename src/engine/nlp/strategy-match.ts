// What a post does with the pack's strategy, sentence by sentence: the stems it shares with
// each theme and goal, and where it names a subject to avoid, a reserved subject or a sensitive
// personal matter. The off-strategy sibling rules (src/rules/avoided-subject, reserved-subject,
// no-theme-fit, personal-case, …) all read these facts, so they are compiled once per pack and
// gathered once per analysis (a shared Fact), whichever sibling asks first.
import { compileTermMatcher, type TermMatcher } from '../match/terms';
import { fitScore, Profile, sumOf } from './similarity';
import { guidelineTexts, packVocabulary } from './pack-vocabulary';
import { MIN_SUBJECT_WORDS, SubjectWords, type WordHit } from './subject-words';
import { linkedFamilies } from './subject-families';
import { tokenize, type Sentence } from '../text';
import type { DetectedLang, Span } from '../types';
import type { Pack, PackTheme } from '../pack/types';
import type { Fact, RuleContext } from '../rule';

export interface Subject {
  id: string;
  title: PackTheme['title'];
  matcher: TermMatcher;
  /**
   * The keywords (index into the matcher's terms → the word as written, lower-case) that are one
   * word whose stem the pack's themes or goals use too ("crewing" in a fire service's pack whose
   * themes speak of crews). Met in another form of the word ("crews"), such a keyword cannot tell
   * the subject from the organisation's daily work, so it counts as one of the subject's words
   * (see subjectSpans), not as a keyword; met as written, it is the keyword the author chose.
   */
  everyday: (lang: DetectedLang) => ReadonlyMap<number, string>;
  /** The words of its title and description (see subject-words.ts). */
  words: SubjectWords;
  personal: boolean;
  /** Its title and description as written, every language. */
  texts: readonly string[];
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

/** A theme's or subject's keywords with the language each was written for, in the pack's order. */
const listedKeywords = (t: PackTheme) => Object.entries(t.keywords ?? {}).flatMap(([lang, list]) => [list].flat().filter((k): k is string => typeof k === 'string').map((keyword) => ({ lang, keyword })));
const allKeywords = (t: PackTheme) => listedKeywords(t).map((k) => k.keyword);
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
  const strategy = pack.strategy ?? {};
  const themes = (strategy.themes ?? []).map((t) => ({ id: t.id, title: t.title, profile: profileOf(t) }));
  const goals = (strategy.goals ?? []).map((g) => ({ id: g.id, title: g.title, profile: profileOf(g) }));
  const guidelines = new Profile({ keywords: [], titles: [], descriptions: [], examples: guidelineTexts(pack) }, exclude);
  const shared = () => [...themes.map((t) => t.profile), ...goals.map((g) => g.profile), guidelines];
  const everydayKeywords = (keywords: readonly string[]) => {
    const byLang = new Map<DetectedLang, ReadonlyMap<number, string>>();
    return (lang: DetectedLang) => {
      let known = byLang.get(lang);
      if (!known) {
        const weights = [...themes, ...goals].map((t) => t.profile.weights(lang));
        const map = new Map<number, string>();
        keywords.forEach((k, i) => {
          const tokens = tokenize(k, lang);
          if (tokens.length === 1 && weights.some((w) => w.has(tokens[0]!.stem))) map.set(i, tokens[0]!.lower);
        });
        byLang.set(lang, (known = map));
      }
      return known;
    };
  };
  const subject = (t: PackTheme): Subject => {
    const own = [...texts(t.title), ...texts(t.description)];
    return {
      id: t.id,
      title: t.title,
      matcher: subjectMatcher(t),
      everyday: everydayKeywords(allKeywords(t)),
      words: new SubjectWords(own, shared, exclude, linkedFamilies(texts(t.description), texts(t.title), allKeywords(t))),
      personal: t.personal === true,
      texts: own,
    };
  };
  const avoid = (strategy.avoid ?? []).map((t) => subject(t));
  const data: StrategyData = {
    themes,
    goals,
    // Everyday words are no one's vocabulary: in the pack's long texts they do not count at all.
    pack: new Profile({ keywords: [], titles: [], descriptions: [], examples: packVocabulary(pack) }, exclude, { everyday: 0, skipNames: true }),
    avoid,
    reserved: (strategy.reserved ?? []).map((t) => subject(t)),
    personal: avoid.filter((a) => a.personal),
  };
  compiledByPack.set(pack, data);
  return data;
}

/** A name ("Heemsmeer", "OZB", "Bank of England") is written with a capital in any language. */
const NAME = /\p{Lu}/u;

/**
 * A subject's keywords meet a post in their own language: the Dutch "brand" (a fire) is not the
 * English "brand-new", nor the Dutch "stage" an English stage. Another language's keyword still
 * counts when it is a name, and every keyword counts when the pack has none in the post's
 * language or the language is not known. Hits keep the keyword's place in allKeywords(t).
 */
function subjectMatcher(t: PackTheme): TermMatcher {
  // The same list allKeywords(t) gives, so hit indexes mean what Subject.everyday's indexes mean.
  const listed = listedKeywords(t);
  const all = compileTermMatcher(listed.map((k) => k.keyword));
  const byLang = new Map<DetectedLang, { matcher: TermMatcher; index: number[] }>();
  const forLang = (lang: DetectedLang) => {
    let known = byLang.get(lang);
    if (known) return known;
    const index = listed.flatMap((k, i) => (k.lang === lang || NAME.test(k.keyword) ? [i] : []));
    known = listed.some((k) => k.lang === lang) ? { matcher: compileTermMatcher(index.map((i) => listed[i]!.keyword)), index } : { matcher: all, index: listed.map((_, i) => i) };
    byLang.set(lang, known);
    return known;
  };
  return {
    size: all.size,
    find(text, tokens, lang, base) {
      const { matcher, index } = forLang(lang);
      const hits = matcher.find(text, tokens, lang, base);
      return matcher === all ? hits : hits.map((h) => ({ ...h, term: index[h.term]! }));
    },
  };
}

/** What one sentence contributes; spans relative to the sentence, so the memo can reuse it. */
interface SentenceFacts {
  themes: (readonly string[])[];
  goals: (readonly string[])[];
  pack: readonly string[];
  avoid: Found[];
  reserved: Found[];
  personal: Found[];
}

/** A subject's keyword spans and its title/description words, in one sentence. */
interface Found {
  spans: Span[];
  words: WordHit[];
}

/** What most subjects find in most sentences; shared, never written to. */
const NOTHING: Found = Object.freeze({ spans: [], words: [] }) as Found;

/** The same word up to a plural ending: "patiënt" and "patiënten", not "crewing" and "crews". */
function sameWord(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && long.length - short.length <= 2;
}

function sentenceFacts(sentence: Sentence, data: StrategyData, lang: DetectedLang): SentenceFacts {
  const rel = (span: Span) => ({ start: span.start - sentence.start, end: span.end - sentence.start });
  const found = (s: Subject): Found => {
    const hits = s.matcher.find(sentence.text, sentence.tokens, lang, sentence.start);
    const inWords = s.words.find(sentence.tokens, lang);
    const inPhrases = s.words.findPhrases(sentence.text, lang, sentence.start);
    const words = inPhrases.length === 0 ? inWords : [...inWords, ...inPhrases];
    if (hits.length === 0 && words.length === 0) return NOTHING;
    // A keyword the themes use too, met in another form, joins the subject's words (one pass).
    const everyday = hits.length === 0 ? undefined : s.everyday(lang);
    const spans: Span[] = [];
    const demoted: WordHit[] = [];
    for (const h of hits) {
      const word = everyday?.get(h.term);
      if (word !== undefined && !sameWord(word, sentence.text.slice(h.span.start - sentence.start, h.span.end - sentence.start).toLowerCase())) demoted.push({ stem: `\u0001${h.term}`, span: h.span });
      else spans.push(h.span);
    }
    return { spans: spans.map(rel), words: [...words, ...demoted].map((w) => ({ ...w, span: rel(w.span) })) };
  };
  return {
    themes: data.themes.map((t) => t.profile.overlap(sentence.tokens, lang).stems),
    goals: data.goals.map((g) => g.profile.overlap(sentence.tokens, lang).stems),
    pack: data.pack.overlap(sentence.tokens, lang).stems,
    avoid: data.avoid.map(found),
    reserved: data.reserved.map(found),
    personal: data.personal.map(found),
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
  /**
   * A reserved subject's family word groups alone, whether or not its keywords are in the post:
   * where a keyword is used to say the matter did not happen ("geen nieuwe cao"), a group may
   * still name it ("leggen we het werk neer"); a family noun ("vakbond") does not.
   */
  reservedWords: Span[][];
  personal: Span[][];
}

/**
 * A subject's spans over the post: its keywords, or else its words (title, description, linked
 * families) when the post uses a strong family word or at least MIN_SUBJECT_WORDS distinct ones.
 */
function subjectSpans(keywordSpans: Span[], words: WordHit[]): Span[] {
  if (keywordSpans.length > 0) return keywordSpans;
  return wordSpans(words);
}

/** A subject's words over the post, when they name it (see subjectSpans); else none. */
function wordSpans(words: WordHit[]): Span[] {
  return words.some((w) => w.strong) || new Set(words.map((w) => w.stem)).size >= MIN_SUBJECT_WORDS ? words.map((w) => w.span) : [];
}

/** Per-sentence facts (cached with `memo`) gathered over the post, spans made absolute again. */
export function gatherStrategy(sentences: readonly Sentence[], memo: Memo, data: StrategyData, lang: DetectedLang): StrategyFacts {
  const themes = data.themes.map(() => [] as string[]);
  const goals = data.goals.map(() => [] as string[]);
  const packStems: string[] = [];
  const collect = (n: number) => Array.from({ length: n }, () => ({ spans: [] as Span[], words: [] as WordHit[] }));
  const avoid = collect(data.avoid.length);
  const reserved = collect(data.reserved.length);
  const personal = collect(data.personal.length);
  for (const s of sentences) {
    const f = memo(s, (sentence) => sentenceFacts(sentence, data, lang));
    const abs = (x: Span) => ({ start: x.start + s.start, end: x.end + s.start });
    const add = (from: Found[], into: { spans: Span[]; words: WordHit[] }[]) =>
      from.forEach((found, i) => {
        if (found === NOTHING) return;
        into[i]!.spans.push(...found.spans.map(abs));
        into[i]!.words.push(...found.words.map((w) => ({ ...w, span: abs(w.span) })));
      });
    f.themes.forEach((stems, i) => themes[i]!.push(...stems));
    f.goals.forEach((stems, i) => goals[i]!.push(...stems));
    packStems.push(...f.pack);
    add(f.avoid, avoid);
    add(f.reserved, reserved);
    add(f.personal, personal);
  }
  const ranked = data.themes.map((t, i) => ({ id: t.id, title: t.title, fit: sumOf(t.profile, themes[i]!, lang) })).sort((a, b) => b.fit - a.fit);
  const goalFit = Math.max(0, ...data.goals.map((g, i) => sumOf(g.profile, goals[i]!, lang)));
  const spansOf = (list: { spans: Span[]; words: WordHit[] }[]) => list.map((x) => subjectSpans(x.spans, x.words));
  return {
    ranked,
    goalFit,
    packFit: sumOf(data.pack, packStems, lang),
    avoid: spansOf(avoid),
    reserved: spansOf(reserved),
    reservedWords: reserved.map((x) => x.words.filter((w) => w.stem.startsWith('\u0000')).map((w) => w.span)),
    personal: spansOf(personal),
  };
}

/** The strategy facts of a post: a shared fact (see Fact), gathered once per analysis. */
export const STRATEGY: Fact<{ data: StrategyData; facts: StrategyFacts }> = {
  id: 'strategy',
  compile: compileStrategy,
  compute(ctx) {
    const data = ctx.data as StrategyData;
    return { data, facts: gatherStrategy(ctx.sentences, ctx.memo, data, ctx.lang) };
  },
};

/** The strategy facts of the post being analysed, shared by the off-strategy siblings. */
export function strategyFacts(ctx: Pick<RuleContext, 'fact'>): { data: StrategyData; facts: StrategyFacts } {
  return ctx.fact(STRATEGY);
}

/** The 0–1 strategy fit reported in `scores.strategyFit`. */
export function strategyScore(facts: StrategyFacts): number {
  return Math.round(fitScore(Math.max(facts.ranked[0]?.fit ?? 0, facts.goalFit)) * 100) / 100;
}
