// Signals of selling and boasting, per sentence: superlatives with a ranking scope ("de beste …
// van de regio"), fixed boasts ("marktleider", "award-winning"), pride and award parading, sales
// calls and the author polishing their own image; the phrases are data per language in
// promotion/. Spans are relative to the sentence (cacheable by sentence text).
import type { Token } from '../text';
import type { Span } from '../types';
import { lowerKeepLength, matchAll } from './phrases';
import { ARTICLE, ORDER, PERFORMANCE, PROMOTION, SCOPE, SCOPE_LINK, SUPERLATIVE, WORKPLACE } from './promotion';
import { oncePerTokens } from '../once-per-tokens';

export type PromotionKind = 'superlative' | 'boast' | 'pride' | 'award' | 'sales' | 'image' | 'modesty';

export interface PromotionHit extends Span {
  kind: PromotionKind;
  weight: number;
}

interface Entry {
  re: RegExp;
  kind: PromotionKind;
  weight: number;
}

const ENTRIES: readonly Entry[] = [
  { kind: 'boast', weight: 1, re: PROMOTION.boasts },
  // Exclusive comparisons: nobody else, nowhere else, better than anyone, the reference.
  { kind: 'boast', weight: 1, re: PROMOTION.exclusiveComparisons },
  { kind: 'boast', weight: 0.6, re: PROMOTION.weakBoasts },
  { kind: 'pride', weight: 0.8, re: PROMOTION.proudTo },
  { kind: 'pride', weight: 0.5, re: PROMOTION.pride },
  { kind: 'award', weight: 0.6, re: PROMOTION.awardWins },
  { kind: 'award', weight: 0.3, re: PROMOTION.awardMarks },
  { kind: 'award', weight: 0.3, re: PROMOTION.recognition },
  { kind: 'sales', weight: 1, re: PROMOTION.salesCalls },
  { kind: 'sales', weight: 0.4, re: PROMOTION.softSales },
  { kind: 'image', weight: 0.8, re: PROMOTION.selfImage },
  // Open to offers: a hint of image polishing, not enough on its own.
  { kind: 'image', weight: 0.5, re: PROMOTION.openToOffers },
  { kind: 'modesty', weight: 1, re: PROMOTION.modesty },
];

/**
 * A name written with a capital and lower-case letters after it ("Lierbeek", "Kelsborough"): a
 * superlative linked to a place's name ranks within it ("the best coffee in Lierbeek"). Words in
 * capitals throughout are shouting, not names.
 */
const isPlaceName = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);

/** Right after the scope link, or after the link and an article. */
const nameSlot = (tokens: readonly Token[], linkAt: number, k: number) => k === linkAt + 1 || (k === linkAt + 2 && ARTICLE.has(tokens[linkAt + 1]!.lower));

/** Superlatives followed within a few words by a ranking scope ("… of its kind in Europe", "… in Lierbeek"). */
function scopedSuperlatives(tokens: readonly Token[], offset: number): PromotionHit[] {
  const hits: PromotionHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!SUPERLATIVE.has(tokens[i]!.lower)) continue;
    let linked = false;
    let linkAt = -1;
    for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
      const w = tokens[k]!.lower;
      if (SCOPE_LINK.has(w)) {
        linked = true;
        linkAt = k;
      }
      // A place's name right after the link or its article ("in Lierbeek", "van de Maasoever"),
      // not a name inside a phrase ("in our York team").
      else if (linked && (SCOPE.has(w.replace(/['’]s$/, '')) || (nameSlot(tokens, linkAt, k) && isPlaceName(tokens[k]!.text) && !ORDER.has(tokens[i]!.lower)) || (PERFORMANCE.has(tokens[i]!.lower) && WORKPLACE.has(w)))) {
        hits.push({ start: tokens[i]!.start - offset, end: tokens[k]!.end - offset, kind: 'superlative', weight: 1 });
        i = k;
        break;
      }
    }
  }
  return hits;
}

/** Promotion signals of one sentence, spans relative to `offset` (the sentence start). */
// Three readers ask for a sentence's promotion signals (the signal extraction, the dialogue
// signals' boast count and the self-promotion assessment).
const hitsOnce = oncePerTokens<PromotionHit[]>();

export function promotionSignals(text: string, tokens: readonly Token[], offset: number): PromotionHit[] {
  return hitsOnce(tokens, `${offset}\u0000${text}`, () => computePromotionSignals(text, tokens, offset));
}

function computePromotionSignals(text: string, tokens: readonly Token[], offset: number): PromotionHit[] {
  const hits: PromotionHit[] = scopedSuperlatives(tokens, offset);
  const lower = lowerKeepLength(text);
  for (const entry of ENTRIES) for (const span of matchAll(entry.re, lower)) hits.push({ ...span, kind: entry.kind, weight: entry.weight });
  // Text order, stronger first at the same start, so overlapping matches can be counted once.
  return hits.sort((a, b) => a.start - b.start || b.weight - a.weight);
}
