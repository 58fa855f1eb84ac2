// analyse(input, compiledPack) → Report. Pure and deterministic: the same text and pack give
// the same report, in Node, in the content script and in the options page.
import { pickText } from './pack/text';
import type { CompiledPack } from './pack/compile';
import type { Bilingual, Fact, RuleContext } from './rule';
import { isReply } from './reply';
import { detectTextLanguage, isQuestion, splitSentences, tokenize, type Sentence, type Token } from './text';
import { extractSignals, type SignalSet } from './signals/extract';
import type { AnalyseInput, Category, DetectedLang, Finding, Intensity, Lang, Praise, Report, Scores, Severity } from './types';

const CACHE_LIMIT = 4000;
/** The cache holds at most this many characters of keys (sentence texts), so a few huge pastes can't fill memory. */
export const CACHE_CHARS = 1_000_000;
const cacheChars = new WeakMap<Map<string, unknown>, number>();
const SEVERITY_RANK: Record<Severity, number> = { info: 0, nudge: 1, warning: 2 };
// gentle: warnings only; normal: nudges and warnings; thorough: info tips too.
const MIN_RANK: Record<Intensity, number> = { thorough: 0, normal: 1, gentle: 2 };
// Findings at one place and severity, and praise, come in a fixed order that does not depend on
// the order the rules were handed in.
const CATEGORY_RANK: Record<Category, number> = {
  broadcasting: 0,
  'self-promotion': 1,
  'press-release': 2,
  'off-strategy': 3,
  'on-behalf': 4,
  confidential: 5,
  custom: 6,
};
const PRAISE_RANK: Record<Praise['kind'], number> = { reply: 0, question: 1, credit: 2, theme: 3 };

/** A per-sentence memo under a name: the same sentence in the same language is worked out once per pack. */
function sentenceMemo<T>(cache: Map<string, unknown>, name: string, lang: DetectedLang, sentence: Sentence, fn: (s: Sentence) => T): T {
  return memoGet(cache, `${name}\u0000${lang}\u0000${sentence.text}`, () => fn(sentence));
}

function memoGet<T>(cache: Map<string, unknown>, key: string, make: () => T): T {
  if (cache.has(key)) {
    // Least recently used goes first: re-inserting a hit keeps the sentences in use alive
    // while a long session of typing fills the cache with old versions of one sentence.
    const hit = cache.get(key) as T;
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = make();
  if (key.length > CACHE_CHARS) return value;
  // Sizes are recounted when the map was emptied behind our back.
  let chars = cache.size === 0 ? 0 : (cacheChars.get(cache) ?? 0);
  while (cache.size > 0 && (cache.size >= CACHE_LIMIT || chars + key.length > CACHE_CHARS)) {
    const oldest = cache.keys().next().value as string;
    cache.delete(oldest);
    chars -= oldest.length;
  }
  cache.set(key, value);
  cacheChars.set(cache, chars + key.length);
  return value;
}

interface CachedSentence {
  /** Offsets as in the post the sentence was first met in, where it started at `start`. */
  tokens: Token[];
  start: number;
  question: boolean;
}

/**
 * Tokens of a sentence, cached by its text. Where the sentence starts where it did when cached
 * (the sentences before it unchanged), its tokens array is used as it is; elsewhere it is copied
 * with shifted offsets. Token arrays are never written to after they are made.
 */
function sentencesOf(text: string, lang: Lang | 'other', cache: Map<string, unknown>): Sentence[] {
  return splitSentences(text).map((seg) => {
    const cached = memoGet<CachedSentence>(cache, `s\u0000${lang}\u0000${seg.text}`, () => ({
      tokens: tokenize(seg.text, lang, seg.start),
      start: seg.start,
      question: isQuestion(seg.text),
    }));
    const shift = seg.start - cached.start;
    const tokens = shift === 0 ? cached.tokens : cached.tokens.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift }));
    return { ...seg, tokens, question: cached.question };
  });
}

function fill(template: string, vars?: Record<string, string | number>): string {
  return vars ? template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : template;
}

function guidelineQuote(compiled: CompiledPack, principleId: string | undefined, fallback: string, lang: Lang): { why: string; principle?: string } {
  const principle = compiled.pack.guidelines?.principles?.find((p) => p.id === principleId);
  if (!principle) return { why: fallback };
  const title = pickText(principle.title, lang);
  const body = pickText(principle.text, lang);
  return { why: title && body ? `${title}: ${body}` : title || body, principle: principle.id };
}

export function emptyScores(): Scores {
  return { dialogue: 0, promotion: 0, pressRelease: { similarity: 0 }, strategyFit: { score: 0 } };
}

interface Prepared {
  text: string;
  lang: DetectedLang;
  sentences: Sentence[];
  tokens: Token[];
  /** The caller's reply flag, as the signals take it. */
  replyFlag: boolean;
  signals(): SignalSet;
}

/** Language, sentences, tokens and the lazily computed signals of a post. */
function prepare(input: AnalyseInput, compiled: CompiledPack): Prepared {
  const text = typeof input.text === 'string' ? input.text : '';
  const cache = compiled.cache;
  // Detect on a first pass with language-neutral tokens, then stem in the detected language.
  const probe = memoGet(cache, `l\u0000${text.length > 2000 ? text.slice(0, 2000) : text}`, () =>
    detectTextLanguage(text.length > 2000 ? text.slice(0, 2000) : text),
  );
  const lang = input.lang ?? probe;
  const sentences = sentencesOf(text, lang, cache);
  const tokens = sentences.flatMap((s) => s.tokens);
  const replyFlag = input.reply ?? false;
  let signalSet: SignalSet | undefined;
  const signals = (): SignalSet =>
    (signalSet ??= extractSignals({
      text,
      sentences,
      tokens,
      reply: replyFlag,
      pack: compiled.pack,
      memo: <T>(name: string, sentence: Sentence, fn: (s: Sentence) => T) => sentenceMemo(cache, name, lang, sentence, fn),
    }));
  return { text, lang, sentences, tokens, replyFlag, signals };
}

/** The named signals of a post, as the detectors see them (for training and explanations). */
export function postSignals(input: AnalyseInput, compiled: CompiledPack): SignalSet & { lang: DetectedLang } {
  const prepared = prepare(input, compiled);
  return { ...prepared.signals(), lang: prepared.lang };
}

/** A fact's compiled pack data, made once per compiled pack on first use. */
function factData(compiled: CompiledPack, fact: Fact<unknown>): unknown {
  if (!fact.compile) return undefined;
  if (!compiled.facts.has(fact)) compiled.facts.set(fact, fact.compile(compiled.pack));
  return compiled.facts.get(fact);
}

export function analyse(input: AnalyseInput, compiled: CompiledPack): Report {
  const { text, lang, sentences, tokens, replyFlag, signals } = prepare(input, compiled);
  const role = input.role ?? 'employee';
  const reply = isReply(input, text);
  const cache = compiled.cache;
  const msgLang: Lang = lang === 'other' ? (input.uiLang ?? 'en') : lang;
  const findings: Finding[] = [];
  const minRank = MIN_RANK[input.intensity ?? 'normal'];
  const facts = new Map<Fact<unknown>, unknown>();
  const memoFor =
    (key: string) =>
    <T>(sentence: Sentence, fn: (s: Sentence) => T) =>
      sentenceMemo(cache, key, lang, sentence, fn);
  const contextFor = (data: unknown, memoKey: string): RuleContext => ({
    signals,
    fact,
    text,
    lang,
    msgLang,
    input: { ...input, reply: replyFlag, role },
    reply,
    role,
    sentences,
    tokens,
    pack: compiled.pack,
    compiled,
    data,
    memo: memoFor(memoKey),
    scores: {},
    praise: [],
    t: (bi: Bilingual, vars?: Record<string, string | number>) => fill(bi[msgLang], vars),
  });
  function fact<T>(f: Fact<T>): T {
    if (!facts.has(f)) facts.set(f, f.compute(contextFor(factData(compiled, f), `fact:${f.id}`)));
    return facts.get(f) as T;
  }

  const own: { scores: Partial<Scores>; praise: Praise[] }[] = [];
  for (const setting of compiled.rules) {
    const rule = setting.rule;
    const ctx = contextFor(setting.data, rule.id);
    const hits = tokens.length > 0 ? rule.detect(ctx) : [];
    own.push({ scores: ctx.scores, praise: ctx.praise });
    const { why, principle } = guidelineQuote(compiled, setting.principle ?? rule.principle, rule.why[msgLang], msgLang);
    for (const hit of hits) {
      const severity = setting.severity !== rule.defaultSeverity ? setting.severity : (hit.severity ?? setting.severity);
      if (SEVERITY_RANK[severity] < minRank) continue;
      findings.push({
        rule: rule.id,
        category: rule.category,
        severity,
        spans: hit.spans,
        message: setting.message ? pickText(setting.message, msgLang) : hit.message,
        why,
        ...(principle ? { principle } : {}),
        ...((setting.suggestion ? pickText(setting.suggestion, msgLang) : hit.suggestion) ? { suggestion: setting.suggestion ? pickText(setting.suggestion, msgLang) : hit.suggestion } : {}),
        ...(hit.replacement ? { replacement: hit.replacement } : {}),
      });
    }
  }
  // Each score has one owner, so merging in any order gives the same scores.
  const scores: Scores = Object.assign(emptyScores(), ...own.map((o) => o.scores));
  const praise = own.flatMap((o) => o.praise).sort((a, b) => PRAISE_RANK[a.kind] - PRAISE_RANK[b.kind]);
  const builtIn = findings.length;

  for (const custom of compiled.custom) {
    if (custom.lang && custom.lang !== lang) continue;
    if (SEVERITY_RANK[custom.severity] < minRank) continue;
    const spans = text.trim() ? custom.find(text, tokens, lang) : [];
    if (spans.length === 0) continue;
    const { why, principle } = guidelineQuote(compiled, custom.principle, '', msgLang);
    const suggestion = pickText(custom.suggestion, msgLang);
    findings.push({
      rule: custom.id,
      category: custom.category,
      severity: custom.severity,
      spans,
      message: pickText(custom.message, msgLang),
      why,
      ...(principle ? { principle } : {}),
      ...(suggestion ? { suggestion } : {}),
    });
  }

  // Ties keep built-in findings before custom ones, then go by category and rule id; a rule's
  // own hits keep their order (the sort is stable).
  const isCustom = new Set(findings.slice(builtIn));
  const rank = (f: Finding) => (isCustom.has(f) ? 1 : 0);
  findings.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0) ||
      rank(a) - rank(b) ||
      (rank(a) === 0 ? CATEGORY_RANK[a.category] - CATEGORY_RANK[b.category] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) : 0),
  );
  return { language: lang, messageLang: msgLang, findings, praise, scores };
}
