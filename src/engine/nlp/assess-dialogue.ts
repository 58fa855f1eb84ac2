// Post-level weighing of one-way sending against dialogue. Sentence signals are cached per
// sentence (ctx.memo); only this cheap combination runs over the whole post.
import type { RuleContext } from '../rule';
import type { Span } from '../types';
import type { AnnounceKind } from './announce-frames';
import { isVocative, READER_WORD, WHO_ASKS } from './dialogue';
import { realQuestions, sentenceSignals, type SentenceSignals } from './dialogue-signals';
import { compileOrganisation, voiceOf } from './organisation';
import { insideAny, quotedRanges } from './quoted';

export interface DialogueAssessment {
  reply: boolean;
  broadcasting: boolean;
  /** 0–1: how much the post invites or continues a conversation. */
  dialogue: number;
  /** The dominant kind of announcement, for the suggested question. */
  kind: AnnounceKind;
  frames: Span[];
  rhetorical: Span[];
  questions: Span[];
  credits: Span[];
  fallbackSpan: Span;
}

const HASHTAG = /#[\p{L}\p{N}_]+/gu;

const shift = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

/** Concrete kinds (an event, a service change, a job, an offer) make the better question. */
const CONCRETE: readonly AnnounceKind[] = ['event', 'service', 'job', 'sales'];

function dominantKind(byKind: Map<AnnounceKind, number>): AnnounceKind {
  let kind: AnnounceKind = 'link';
  let top = 0;
  for (const k of CONCRETE) if ((byKind.get(k) ?? 0) > top) [kind, top] = [k, byKind.get(k)!];
  if (top >= 0.5) return kind;
  for (const [k, w] of byKind) if (w > top) [kind, top] = [k, w];
  return kind;
}

/** Sorted, with overlapping spans merged, so a UI underlines each phrase once. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export function assessDialogue(ctx: RuleContext): DialogueAssessment {
  const { sentences, text } = ctx;
  const signals: SentenceSignals[] = sentences.map((s) => ctx.memo(s, sentenceSignals));
  const reply = ctx.reply;
  const fallbackSpan = sentences[0] ? { start: sentences[0].start, end: sentences[0].end } : { start: 0, end: text.length };

  // Real questions to the reader: addressed to "you", or an open "who has…" call.
  const questions: Span[] = [];
  for (const i of realQuestions(sentences, signals)) {
    const s = sentences[i]!;
    const span = { start: s.start, end: s.end };
    if (signals[i]!.shortInvite || READER_WORD.test(s.text) || isVocative(s.text) || WHO_ASKS.test(s.text)) questions.push(span);
  }
  const invites: Span[] = [];
  const credits: Span[] = [];
  const reports: Span[] = [];
  const frames: Span[] = [];
  const rhetorical: Span[] = [];
  const byKind = new Map<AnnounceKind, number>();
  let evidence = 0;
  let links = 0;
  let when = 0;
  let boast = 0;
  const asked = new Set(questions.map((q) => q.start));
  const quoted = quotedRanges(text);
  const own = (x: Span) => !insideAny(quoted, x);
  sentences.forEach((s, i) => {
    const sig = signals[i]!;
    const keep = (list: Span[], found: Span[]) => found.map((x) => shift(x, s.start)).filter(own).forEach((x) => list.push(x));
    keep(invites, sig.invite);
    keep(credits, sig.credit);
    keep(reports, sig.reportBack);
    links += sig.links;
    if (sig.when) when++;
    for (const hit of sig.announce) {
      frames.push(shift(hit, s.start));
      byKind.set(hit.kind, (byKind.get(hit.kind) ?? 0) + hit.weight);
      evidence += hit.weight;
    }
    if (s.question && !asked.has(s.start)) rhetorical.push({ start: s.start, end: s.end });
    boast += sig.boast;
  });

  const words = ctx.tokens.length;
  const hashtags = (text.match(HASHTAG) ?? []).length;
  if (links > 0) {
    evidence += 0.5;
    byKind.set('link', (byKind.get('link') ?? 0) + 0.5);
    // A link with little around it is a plug.
    if (words - hashtags <= 20) evidence += 0.5;
  }
  if (hashtags >= 2) evidence += 0.25;
  // Dates and times are the skeleton of a notice, but a story has them too: weigh lightly.
  evidence += Math.min(when, 2) * 0.4;

  // Boasting about the organisation is a one-way message too.
  const org = compileOrganisation(ctx.pack);
  if (boast >= 0.8) {
    evidence += 1;
    byKind.set('brag', (byKind.get('brag') ?? 0) + 1);
  }

  // A personal post in the first person singular needs stronger evidence to count as sending.
  const voice = voiceOf(ctx.tokens, org);
  const personal = voice.i >= 2 && voice.i > voice.we + voice.org;
  const weCentred = voice.we + voice.org >= 3 && voice.you === 0;
  if (weCentred) evidence += 0.5;
  const threshold = personal ? 1.5 : 1;

  const dialogueCount = questions.length + invites.length + credits.length + reports.length;
  const dialogue = reply ? 1 : Math.min(1, 0.5 * questions.length + 0.4 * invites.length + 0.3 * credits.length + 0.3 * reports.length);
  const broadcasting = !reply && dialogueCount === 0 && evidence >= threshold;

  const kind = dominantKind(byKind);
  return { reply, broadcasting, dialogue: broadcasting ? Math.min(dialogue, 0.1) : dialogue, kind, frames, rhetorical: broadcasting ? rhetorical : [], questions, credits, fallbackSpan };
}
