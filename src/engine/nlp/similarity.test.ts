import { describe, expect, it } from 'vitest';
import { tokenize } from '../text';
import { Profile, fitScore } from './similarity';

const housing = new Profile(
  {
    keywords: ['woning', 'huur', 'starter', 'electric scooter'],
    titles: ['Wonen voor iedereen'],
    descriptions: ['Betaalbare woningen voor gezinnen en ouderen.'],
    examples: ['Wat heb jij nodig om hier te blijven wonen?'],
  },
  new Set(['dalzicht']),
);
const sum = (text: string, lang: 'nl' | 'en' = 'nl') => housing.overlap(tokenize(text, lang), lang).sum;

describe('theme similarity', () => {
  it('weighs keywords above description words', () => {
    expect(sum('Starters zoeken een huurwoning')).toBeGreaterThan(sum('Gezinnen zoeken iets'));
    expect(sum('Nieuwe woningen voor starters')).toBeGreaterThanOrEqual(2);
  });

  it('counts each stem once, and never the organisation name or function words', () => {
    expect(sum('woning woning woningen')).toBe(1);
    expect(sum('Dalzicht is een mooie plek en wij zijn er voor iedereen')).toBe(0);
  });

  it('gives a word of a phrase keyword only half weight', () => {
    expect(sum('A scooter in the street', 'en')).toBe(0.5);
    expect(sum('An electric scooter in the street', 'en')).toBe(1);
  });

  it('maps sums onto 0–1', () => {
    expect(fitScore(0)).toBe(0);
    expect(fitScore(1)).toBeCloseTo(0.5, 1);
    expect(fitScore(10)).toBeGreaterThan(0.99);
  });
});
