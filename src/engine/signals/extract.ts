// The named signals of a post, each a number in [0, 1], with the spans that gave it. The
// detectors' models weigh them (weights learned by `npm run train`); a finding highlights the
// spans of the signals that pushed it over its threshold. Per-sentence work is cached by
// sentence text, so a keystroke recomputes one sentence; the whole-text passes are linear.
import type { Pack } from '../pack/types';
import type { Sentence, Token } from '../text';
import type { Span } from '../types';
import { isVocative, READER_WORD } from '../nlp/dialogue';
import { realQuestions, sentenceSignals, type SentenceSignals } from '../nlp/dialogue-signals';
import { promotionSignals, type PromotionKind } from '../nlp/promotion-signals';
import { compileOrganisation, isFirstPersonPlural, voiceOf } from '../nlp/organisation';
import { findRegister, thirdPersonPattern, type RegisterMark } from '../nlp/release-register';
import { insideAny, quotedRanges } from '../nlp/quoted';
import { lowerKeepLength, matchAll, matchSome } from '../nlp/phrases';
import { anyOf, SHAPE_WORDS } from '../nlp/shape';
import { LEXICON_RE, THIRD_SUBJECT_VERB, type LexiconSignal } from './lexicon';
import { structureOf } from './structure';

/** Every signal, in the order of the models' weight vectors. */
export const SIGNALS = [
  'bias',
  'length', 'paragraphs', 'reply', 'leading-mention', 'mentions', 'links', 'link-at-end', 'link-only', 'hashtags', 'hashtag-block',
  'emoji', 'exclaim', 'figures', 'money', 'percent', 'when',
  'dateline', 'wire-tag', 'ticker', 'headline', 'org-suffix', 'about-block', 'end-mark', 'signoff',
  'reg-header', 'reg-dateline', 'reg-boilerplate', 'reg-editors-note', 'reg-quote', 'reg-third-person',
  'announced-today', 'said-quote', 'press-header', 'media-contact', 'forward-looking', 'news-event', 'witness-appeal',
  'greeting', 'apology', 'private-move', 'opinion', 'third-subject', 'quote-marks', 'congrats', 'humour', 'quote-post', 'thread', 'advice', 'link-cue',
  'news-headline', 'notice', 'help-info', 'relational', 'people-story', 'kicker', 'q-hook', 'deal', 'honoured', 'praise-offer',
  'we', 'i', 'you', 'no-reader', 'org-named',
  'q-real', 'q-rhetorical', 'q-any', 'q-last', 'cta', 'invite', 'credit', 'report-back',
  'ann-event', 'ann-service', 'ann-publication', 'ann-launch', 'ann-job', 'ann-sales', 'ann-brag', 'ann-release', 'ann-link',
  'pr-superlative', 'pr-boast', 'pr-pride', 'pr-award', 'pr-sales', 'pr-image', 'pr-modesty',
  'reply-asks', 'short',
] as const;

export type SignalName = (typeof SIGNALS)[number];

export interface SignalSet {
  values: Float64Array;
  spans: Partial<Record<SignalName, Span[]>>;
}

export const SIGNAL_INDEX: Readonly<Record<SignalName, number>> = Object.fromEntries(SIGNALS.map((s, i) => [s, i])) as Record<SignalName, number>;

export interface SignalInput {
  text: string;
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  reply: boolean;
  pack: Pack;
  /** Caches a pure per-sentence computation under a name, keyed by sentence text. */
  memo<T>(name: string, sentence: Sentence, fn: (s: Sentence) => T): T;
}

interface SentenceWork {
  dialogue: SentenceSignals;
  promotion: { kind: PromotionKind; weight: number; start: number; end: number }[];
  lexicon: Partial<Record<LexiconSignal, Span[]>>;
  thirdSubject?: Span;
  quotes: number;
}

const LEXICON_SIGNALS: readonly (LexiconSignal & SignalName)[] = ['announced-today', 'said-quote', 'press-header', 'media-contact', 'forward-looking', 'news-event', 'witness-appeal', 'greeting', 'apology', 'private-move', 'opinion', 'congrats', 'humour', 'advice', 'link-cue', 'news-headline', 'notice', 'help-info', 'relational', 'people-story', 'deal', 'honoured', 'praise-offer'];
// The words of every language come from data, one file per language: the reader's words from
// ../nlp/dialogue/ (the same pattern this file wrote inline), the rest from ../nlp/shape/. Each
// word is looked up whole or matched up to something that is no letter, so a list's order changes
// no match. RT, QT and the thread marks are the same in every language and stay here.
const ARTICLE = new RegExp(`^(?:${anyOf(SHAPE_WORDS.articles)})\\s`, 'iu');
const NAME_HEAD = /^(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s){1,4}/u;
const NOT_A_NAME: ReadonlySet<string> = new Set(SHAPE_WORDS.notNames);
const QUOTE_POST = /(?:^|\s)(?:RT|QT)\s@[\p{L}\p{N}_]+|👇|⬇️/u;
/**
 * A yes/no question that the post then answers itself ("Need a new passport? Book online.",
 * "Wist je dat …? Meld het via …", or after a notice: "… Komt u met de auto? Parkeer aan de
 * Vaart."): a hook, the rhetorical form of an announcement, not an invitation to answer. Only
 * the post's first question, and only when nothing later in the post asks or invites.
 */
const HOOK_OPEN = new RegExp(`^(?:[#@][\\p{L}\\p{N}_]+\\s*[|:]?\\s*)*(?:${anyOf(SHAPE_WORDS.hookOpeners)})(?![\\p{L}])`, 'iu');
/** A question put to anyone who can answer: "Wie heeft …?", "Has anyone …?". */
const OPEN_QUESTION = new RegExp(`^(?:${anyOf(SHAPE_WORDS.openQuestions)})(?![\\p{L}])`, 'iu');
const THREAD = /(?:^|\s)\(?\d{1,2}\s?\/\s?\d{1,2}\)?(?=\s|$)/u;
/**
 * The thread emoji is also a needle and thread (a repair, a sewing class): it marks a thread only
 * where the post also says "thread" or "draadje", and not as "needle and thread".
 */
const THREAD_EMOJI = /🧵/u;
const THREAD_SAID = /(?<!(?:needle and|naald en) )(?<![\p{L}])(?:thread|draadje)(?![\p{L}])/iu;

/**
 * "Acme Corp has …", "De politie heeft …", "Het Maasveld Ziekenhuis opent …": a name or an
 * institution, then a third-person verb. Returns the subject's length.
 */
function thirdSubjectOf(text: string): number | undefined {
  const article = ARTICLE.exec(text)?.[0] ?? '';
  const rest = text.slice(article.length);
  let head = NAME_HEAD.exec(rest)?.[0] ?? '';
  if (head && NOT_A_NAME.has(head.trim().split(/\s/)[0]!.toLowerCase())) head = '';
  if (!head) {
    const inst = matchAll(LEXICON_RE.institution, lowerKeepLength(rest.slice(0, 60)));
    if (inst[0]?.start !== 0) return undefined;
    head = rest.slice(0, inst[0].end) + ' ';
    const more = NAME_HEAD.exec(rest.slice(head.length))?.[0];
    if (more) head += more;
  }
  const after = lowerKeepLength(rest.slice(head.length, head.length + 40).trimStart());
  return THIRD_SUBJECT_VERB.test(after) ? article.length + head.trimEnd().length : undefined;
}

function hookQuestion(sentences: readonly Sentence[], work: readonly SentenceWork[]): number {
  const at = sentences.findIndex((s) => s.question);
  if (at < 0 || !HOOK_OPEN.test(sentences[at]!.text.trim())) return -1;
  const after = sentences.slice(at + 1);
  if (!after.some((s) => s.tokens.length >= 3) || after.some((s) => s.question)) return -1;
  const asks = work.some((w) => w.dialogue.invite.length > 0 || w.dialogue.reportBack.length > 0 || w.dialogue.shortInvite);
  return asks ? -1 : at;
}

function sentenceWork(s: Sentence): SentenceWork {
  const lower = lowerKeepLength(s.text);
  const lexicon: Partial<Record<LexiconSignal, Span[]>> = {};
  for (const name of LEXICON_SIGNALS) {
    const found = matchSome(LEXICON_RE[name], lower);
    if (found) lexicon[name] = found;
  }
  const subject = thirdSubjectOf(s.text);
  const thirdSubject: Span | undefined = subject ? { start: 0, end: subject } : undefined;
  return {
    dialogue: sentenceSignals(s),
    promotion: promotionSignals(s.text, s.tokens, s.start),
    lexicon,
    ...(thirdSubject ? { thirdSubject } : {}),
    quotes: (s.text.match(/["“”„«»]/g) ?? []).length,
  };
}

const clip = (x: number) => (x > 1 ? 1 : x < 0 ? 0 : x);
/** Counts saturate: the first few carry the information. */
const sat = (n: number, k: number) => clip(n / k);

const packMarks = new WeakMap<Pack, { thirdPerson?: ReturnType<typeof thirdPersonPattern>; org: ReturnType<typeof compileOrganisation> }>();
function packDataOf(pack: Pack) {
  let data = packMarks.get(pack);
  if (!data) {
    const org = pack.organisation;
    const names = [org?.name, ...(org?.aliases ?? []), ...(org?.handles ?? [])].filter((n): n is string => typeof n === 'string');
    data = { thirdPerson: thirdPersonPattern(names), org: compileOrganisation(pack) };
    packMarks.set(pack, data);
  }
  return data;
}

const REGISTER_SIGNAL: Record<RegisterMark, SignalName> = {
  header: 'reg-header',
  dateline: 'reg-dateline',
  boilerplate: 'reg-boilerplate',
  'editors-note': 'reg-editors-note',
  quote: 'reg-quote',
  'third-person': 'reg-third-person',
};

export function extractSignals(input: SignalInput): SignalSet {
  const { text, sentences, tokens } = input;
  const v = new Float64Array(SIGNALS.length);
  const spans: Partial<Record<SignalName, Span[]>> = {};
  const set = (name: SignalName, value: number, where?: Span[]) => {
    v[SIGNAL_INDEX[name]] = clip(value);
    if (where && where.length) spans[name] = where;
  };
  const add = (name: SignalName, value: number, where: Span[]) => {
    v[SIGNAL_INDEX[name]] = clip(v[SIGNAL_INDEX[name]]! + value);
    if (where.length) (spans[name] ??= []).push(...where);
  };
  set('bias', 1);

  const st = structureOf(text);
  const words = tokens.length;
  const reply = input.reply || st.leadingMention;
  set('length', Math.log1p(st.chars) / Math.log(3000));
  set('short', words <= 12 ? 1 : 0);
  set('paragraphs', sat(st.paragraphs - 1, 6));
  set('reply', input.reply ? 1 : 0);
  set('leading-mention', st.leadingMention ? 1 : 0);
  set('mentions', sat(st.mentions.length - (st.leadingMention ? 1 : 0), 3), st.mentions);
  set('links', sat(st.links.length, 2), st.links);
  set('link-at-end', st.linkAtEnd ? 1 : 0, st.links.slice(-1));
  const hashtagWords = st.hashtags.length;
  set('link-only', st.links.length > 0 && words - hashtagWords <= 15 ? 1 : 0, st.links);
  set('hashtags', sat(st.hashtags.length, 4), st.hashtags);
  set('hashtag-block', st.hashtagBlock ? 1 : 0, st.hashtags.slice(-3));
  set('emoji', sat(st.emoji, 4));
  set('exclaim', sat(st.exclaim, 3));
  set('figures', sat(st.figures.length, 6), st.figures.slice(0, 4));
  set('money', st.money ? 1 : 0);
  set('percent', st.percent ? 1 : 0);
  set('when', st.when.length ? 1 : 0, st.when);
  set('dateline', st.dateline.length ? 1 : 0, st.dateline);
  set('wire-tag', st.wireTag.length ? 1 : 0, st.wireTag);
  set('ticker', st.ticker.length ? 1 : 0, st.ticker);
  set('headline', st.headline.length ? 1 : 0, st.headline);
  set('org-suffix', sat(st.orgSuffix.length, 2), st.orgSuffix);
  set('about-block', st.aboutBlock.length ? 1 : 0, st.aboutBlock);
  set('end-mark', st.endMark.length ? 1 : 0, st.endMark);
  set('signoff', st.signoff ? 1 : 0);
  set('quote-post', QUOTE_POST.test(text) ? 1 : 0);
  set('kicker', st.kicker.length ? 1 : 0, st.kicker);
  const ends = [text.slice(0, 40), text.slice(-40)];
  set('thread', ends.some((t) => THREAD.test(t)) || (ends.some((t) => THREAD_EMOJI.test(t)) && THREAD_SAID.test(text)) ? 1 : 0);

  const pack = packDataOf(input.pack);
  for (const hit of findRegister(text, pack.thirdPerson, tokens)) {
    const name = REGISTER_SIGNAL[hit.mark];
    if (v[SIGNAL_INDEX[name]]! < hit.weight / 2) v[SIGNAL_INDEX[name]] = clip(hit.weight / 2);
    (spans[name] ??= []).push(hit.span);
  }

  const work = sentences.map((s) => input.memo('signals', s, sentenceWork));
  const dialogue = work.map((w) => w.dialogue);
  const questions = new Set(realQuestions(sentences, dialogue));
  let quotes = 0;
  let thirdSubjects = 0;
  const hook = hookQuestion(sentences, work);
  const quoted = quotedRanges(text);
  sentences.forEach((s, i) => {
    const w = work[i]!;
    const shift = (list: readonly Span[]) => list.map((x) => ({ start: x.start + s.start, end: x.end + s.start }));
    const whole = [{ start: s.start, end: s.end }];
    for (const name of LEXICON_SIGNALS) {
      const found = w.lexicon[name];
      if (found) add(name, 0.5 * found.length, shift(found));
    }
    if (w.thirdSubject) {
      thirdSubjects++;
      (spans['third-subject'] ??= []).push(...shift([w.thirdSubject]));
    }
    quotes += w.quotes;
    const d = w.dialogue;
    if (i === hook) {
      add('q-any', 0.5, whole);
      add('q-rhetorical', 0.5, whole);
      set('q-hook', 1, whole);
    } else {
      if (s.question) add('q-any', 0.5, whole);
      if (questions.has(i) && (d.shortInvite || READER_WORD.test(s.text) || isVocative(s.text) || OPEN_QUESTION.test(s.text))) {
        add('q-real', 0.5, whole);
        if (i >= sentences.length - 2) set('q-last', 1, whole);
      } else if (s.question) add('q-rhetorical', 0.5, whole);
    }
    if (d.cta) add('cta', 0.5, whole);
    // Someone else's quoted words invite, thank or report back to nobody.
    const own = (list: readonly Span[]) => shift(list).filter((x) => !insideAny(quoted, x));
    for (const [name, found] of [['invite', own(d.invite)], ['credit', own(d.credit)], ['report-back', own(d.reportBack)]] as const) if (found.length) add(name, 0.5 * found.length, found);
    for (const hit of d.announce) add(`ann-${hit.kind}` as SignalName, hit.weight, shift([hit]));
    for (const hit of w.promotion) add(`pr-${hit.kind}` as SignalName, hit.weight, [{ start: hit.start + s.start, end: hit.end + s.start }]);
  });
  set('third-subject', sentences.length ? sat(thirdSubjects, 2) : 0);
  set('quote-marks', sat(quotes, 4));

  const voice = voiceOf(tokens, pack.org);
  const per = Math.max(words, 1);
  const weTokens = tokens.filter((t) => isFirstPersonPlural(t.lower)).slice(0, 4).map((t) => ({ start: t.start, end: t.end }));
  set('we', sat((voice.we * 20) / per, 1), weTokens);
  set('i', sat((voice.i * 20) / per, 1));
  set('you', sat((voice.you * 20) / per, 1));
  set('no-reader', voice.you === 0 ? 1 : 0);
  set('org-named', sat(voice.org, 2));
  set('reply-asks', reply && v[SIGNAL_INDEX["q-any"]]! > 0 ? 1 : 0);
  return { values: v, spans };
}
