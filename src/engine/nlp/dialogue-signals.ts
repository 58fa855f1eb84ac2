// Signals of dialogue and of one-way sending, per sentence; the phrases are data per language in
// dialogue/, announce/ and schedule/. Spans are relative to the sentence so the result can be
// cached by sentence text (RuleContext.memo).
import type { Sentence } from '../text';
import { oncePerTokens } from '../once-per-tokens';
import { findLinks } from '../match/links';
import { stripTrailingDecoration } from '../match/scan';
import type { Span } from '../types';
import { CREDIT, CTA, INVITE, NOT_CREDIT, REPORT_BACK, RHETORICAL, RHETORICAL_SHORT, SHORT_INVITE, THEN_EARLY } from './dialogue';
import { DATELINE, FRAMES, type AnnounceKind } from './announce-frames';
import { lowerKeepLength, matchAll, test } from './phrases';
import { promotionSignals } from './promotion-signals';
import { WHEN_RE } from './schedule';

export interface AnnounceHit extends Span {
  weight: number;
  kind: AnnounceKind;
}

export interface SentenceSignals {
  announce: AnnounceHit[];
  invite: Span[];
  credit: Span[];
  reportBack: Span[];
  /** Starts with a decorative question hook. */
  rhetorical: boolean;
  /** Opens with a call to action, or a "then" that resolves the previous question. */
  cta: boolean;
  /** A short question that still invites ("Any thoughts?"). */
  shortInvite: boolean;
  /** The question sits inside a quotation: someone else's words. */
  quoted: boolean;
  /** Weight of strong boasting (ranked superlatives, fixed boasts, sales calls, image polishing). */
  boast: number;
  /** Mentions a date or a time of day. */
  when: boolean;
  links: number;
  words: number;
}

/** Blanks out links (same length, so offsets hold) and counts them. Linear: see findLinks. */
function maskLinks(text: string): { masked: string; links: number } {
  const found = findLinks(text);
  let masked = '';
  let from = 0;
  for (const link of found) {
    masked += text.slice(from, link.start) + ' '.repeat(link.end - link.start);
    from = link.end;
  }
  return { masked: masked + text.slice(from), links: found.length };
}

/** Thanks and credit to others in a text (a notice's "thanks for your patience" excluded). */
export function creditSpans(text: string): Span[] {
  const lower = lowerKeepLength(text);
  return test(NOT_CREDIT, lower) ? [] : matchAll(CREDIT, lower);
}

/** A decorative question hook ("Ben jij klaar voor…?", "Vragen?"). */
export function isRhetoricalHook(text: string, words: number): boolean {
  const lower = lowerKeepLength(text);
  return test(RHETORICAL, lower) || (words <= 3 && test(RHETORICAL_SHORT, lower));
}

// The signal extraction and the dialogue assessment both read a sentence's signals.
const signalsOnce = oncePerTokens<SentenceSignals>();

export function sentenceSignals(sentence: Pick<Sentence, 'text' | 'tokens' | 'start'>): SentenceSignals {
  return signalsOnce(sentence.tokens, `${sentence.start}\u0000${sentence.text}`, () => computeSentenceSignals(sentence));
}

function computeSentenceSignals(sentence: Pick<Sentence, 'text' | 'tokens' | 'start'>): SentenceSignals {
  const { masked, links } = maskLinks(sentence.text);
  const lower = lowerKeepLength(masked);
  const announce: AnnounceHit[] = [];
  for (const frame of FRAMES) for (const span of matchAll(frame.re, lower)) announce.push({ ...span, weight: frame.weight, kind: frame.kind });
  const dateline = DATELINE.exec(sentence.text);
  if (dateline) announce.push({ start: 0, end: dateline[0].trimEnd().length, weight: 1, kind: 'release' });
  const credit = creditSpans(lower);
  const cta = test(CTA, lower) || THEN_EARLY.test(lower);
  return {
    announce,
    invite: matchAll(INVITE, lower),
    credit,
    reportBack: matchAll(REPORT_BACK, lower),
    rhetorical: isRhetoricalHook(lower, sentence.tokens.length),
    cta,
    shortInvite: test(SHORT_INVITE, lower),
    quoted: /\?\s*["”’]\s*$/u.test(stripTrailingDecoration(sentence.text)),
    boast: promotionSignals(sentence.text, sentence.tokens, sentence.start).reduce((sum, h) => (h.weight >= 0.8 && h.kind !== 'modesty' ? sum + h.weight : sum), 0),
    when: test(WHEN_RE, lower),
    links,
    words: sentence.tokens.length,
  };
}

/**
 * Indexes of the sentences that ask the reader something real: a question that is not a
 * decorative hook, not someone else's quoted words, and not answered on the spot by a call to
 * action ("Vragen? Bel ons.") or by the writer ("Grootste lek? De brievenbus.").
 */
export function realQuestions(sentences: readonly Pick<Sentence, 'question' | 'text'>[], signals: readonly SentenceSignals[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const sig = signals[i]!;
    if (!s.question || sig.quoted || sig.rhetorical) continue;
    if (sig.shortInvite) {
      out.push(i);
      continue;
    }
    if (sig.words < 3) continue;
    const next = sentences[i + 1];
    const nextSig = signals[i + 1];
    if (next && nextSig && !next.question && nextSig.invite.length === 0) {
      if (nextSig.cta) continue;
      // "Grootste lek? De brievenbus." answers; a bare link after the question does not.
      const selfAnswer = nextSig.words > 0 && nextSig.words <= 2 && nextSig.links === 0 && !/^[#@–—-]/u.test(next.text);
      if (selfAnswer) continue;
    }
    out.push(i);
  }
  return out;
}
