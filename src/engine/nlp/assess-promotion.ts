// Post-level weighing of selling and boasting. Strong signals (a ranked superlative, a fixed
// boast, a sales call, image polishing) count on their own; weak ones (pride, an award, "dé")
// only when the post does not also credit others, stay modest or ask the reader something.
import type { RuleContext } from '../rule';
import type { Token } from '../text';
import { READER_WORD } from './dialogue';
import { creditSpans, isRhetoricalHook } from './dialogue-signals';
import { compileOrganisation, findOrganisationMentions, voiceOf, type OrganisationMatcher } from './organisation';
import { tokenize } from '../text';
import { APPOSITIVE } from './promotion';
import { promotionSignals, type PromotionHit, type PromotionKind } from './promotion-signals';

export interface PromotionAssessment {
  promotional: boolean;
  /** 0–1: how much the post sells or boasts. */
  score: number;
  /** The boasting words, absolute spans, in text order. */
  hits: PromotionHit[];
  kinds: Set<PromotionKind>;
}

interface SentencePromotion {
  hits: PromotionHit[];
  credit: boolean;
  /** A question to the reader that is not a decorative hook. */
  asks: boolean;
}

function ofSentence(s: { text: string; tokens: Token[]; start: number; question: boolean }): SentencePromotion {
  // Tokens carry absolute offsets; the memo wants spans relative to the sentence.
  return {
    hits: promotionSignals(s.text, s.tokens, s.start),
    credit: creditSpans(s.text).length > 0,
    asks: s.question && READER_WORD.test(s.text) && !isRhetoricalHook(s.text, s.tokens.length),
  };
}

/** True when a superlative describes someone other than the organisation or the writer. */
function aboutOthers(sentence: string, at: number, org: OrganisationMatcher): boolean {
  const before = APPOSITIVE.exec(sentence.slice(Math.max(0, at - 80), at));
  if (!before) return false;
  return findOrganisationMentions(tokenize(before[1]!, 'other'), org).length === 0;
}

export function assessPromotion(ctx: RuleContext): PromotionAssessment {
  let strong = 0;
  let weak = 0;
  let modest = false;
  let credit = false;
  let asks = false;
  const hits: PromotionHit[] = [];
  const kinds = new Set<PromotionKind>();
  const org = compileOrganisation(ctx.pack);
  for (const s of ctx.sentences) {
    const found = ctx.memo(s, ofSentence);
    credit ||= found.credit;
    asks ||= found.asks;
    for (const h of found.hits) {
      if (h.kind === 'modesty') {
        modest = true;
        continue;
      }
      if ((h.kind === 'superlative' || h.kind === 'boast') && aboutOthers(s.text, h.start, org)) continue;
      // Overlapping matches (e.g. "biggest deal of my career" as superlative and image) count once.
      const abs = { ...h, start: h.start + s.start, end: h.end + s.start };
      const prev = hits[hits.length - 1];
      if (prev && abs.start < prev.end) continue;
      hits.push(abs);
      kinds.add(h.kind);
      if (h.weight >= 0.8) strong += h.weight;
      else weak += h.weight;
    }
  }
  // Self-reference without any reader address leans a borderline post towards boasting.
  const voice = voiceOf(ctx.tokens, org);
  const selfCentred = voice.we + voice.org + voice.i >= 3 && voice.you === 0 ? 0.2 : 0;
  const softened = modest || credit || asks;
  const promotional = strong >= 0.8 || (!softened && weak + selfCentred >= 0.8);
  const raw = strong + (softened ? weak / 2 : weak) + (hits.length ? selfCentred : 0);
  return { promotional, score: Math.min(1, raw / 1.5), hits, kinds };
}
