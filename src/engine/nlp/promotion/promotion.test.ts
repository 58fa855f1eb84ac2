import { describe, expect, it } from 'vitest';
import type { PhraseEntry } from '../phrase-data';
import { lexicon, lowerKeepLength, matchAll } from '../phrases';
import { promotionSignals } from '../promotion-signals';
import { tokenize } from '../../text';
import { APPOSITIVE, PROMOTION, PROMOTION_LISTS, promotionSource } from '.';

const lower = lowerKeepLength;
const found = (re: RegExp, text: string) => matchAll(re, lower(text)).length > 0;
const ranked = (text: string) => promotionSignals(text, tokenize(text, 'other'), 0).some((h) => h.kind === 'superlative');
const hasWord = (text: string, word: string) => tokenize(text, 'other').some((t) => t.lower === word);

/** The example up to the end of the entry and the space after it, where an appositive ends. */
function beforePraise(entry: PhraseEntry): string {
  const span = matchAll(lexicon([entry.phrase]), lower(entry.example))[0]!;
  return entry.example.slice(0, span.end + 1);
}

// Each list as the detectors read it. The entry itself: a lexicon fragment found in the
// lower-cased example, a hashtag, or a word the tokenizer gives.
const CHECKS: Record<string, { entry: (e: PhraseEntry) => boolean; detector: (e: PhraseEntry) => boolean }> = {
  ...Object.fromEntries(
    Object.entries(PROMOTION).map(([name, re]) => [name, { entry: (e: PhraseEntry) => found(lexicon([promotionSource(e.phrase)]), e.example), detector: (e: PhraseEntry) => found(re, e.example) }]),
  ),
  hashtags: { entry: (e) => new RegExp(`#${e.phrase}\\b`).test(lower(e.example)), detector: (e) => found(PROMOTION.awardMarks, e.example) },
  awardNouns: { entry: (e) => found(lexicon([e.phrase]), e.example), detector: (e) => found(PROMOTION.awardWins, e.example) },
  superlatives: { entry: (e) => hasWord(e.example, e.phrase), detector: (e) => ranked(e.example) },
  scopeLinks: { entry: (e) => hasWord(e.example, e.phrase), detector: (e) => ranked(e.example) },
  scopes: { entry: (e) => hasWord(e.example, e.phrase), detector: (e) => ranked(e.example) },
  performanceSuperlatives: { entry: (e) => hasWord(e.example, e.phrase), detector: (e) => ranked(e.example) },
  workplaces: { entry: (e) => hasWord(e.example, e.phrase), detector: (e) => ranked(e.example) },
  // An order word before a place's name ranks nothing.
  orderSuperlatives: { entry: (e) => hasWord(e.example, e.phrase), detector: (e) => !ranked(e.example) },
  oneOf: { entry: (e) => found(lexicon([e.phrase]), e.example), detector: (e) => APPOSITIVE.test(beforePraise(e)) },
  articles: { entry: (e) => found(lexicon([e.phrase]), e.example), detector: (e) => APPOSITIVE.test(beforePraise(e)) },
};

describe('every promotion phrase is found in its own example', () => {
  for (const [lang, lists] of Object.entries(PROMOTION_LISTS)) {
    for (const [name, entries] of Object.entries(lists) as [string, readonly PhraseEntry[]][]) {
      for (const entry of entries) {
        it(`${lang} ${name}: ${entry.example}`, () => {
          expect(CHECKS[name]!.entry(entry), 'the entry').toBe(true);
          expect(CHECKS[name]!.detector(entry), name).toBe(true);
        });
      }
    }
  }
});

describe('award wins', () => {
  it('run to the furthest award noun of any language, as one list', () => {
    const text = 'zorgnet wint de titel employer of the year';
    expect(matchAll(PROMOTION.awardWins, text)).toEqual([{ start: text.indexOf('wint'), end: text.length }]);
  });
});

describe('exclusive comparisons stay quiet on promises and plain negations', () => {
  it.each([
    'Geen enkele klant hoeft zo lang te wachten als vorig jaar.',
    'No other option was left, so we closed the road.',
    'No bus runs like it did before the roadworks.',
  ])('%s', (text) => {
    expect(found(PROMOTION.exclusiveComparisons, text)).toBe(false);
  });
});
