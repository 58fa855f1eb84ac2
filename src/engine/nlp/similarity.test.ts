import { describe, expect, it } from 'vitest';
import { tokenize } from '../text';
import { Profile, fitScore, isNameInSentence } from './similarity';

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

describe('everyday words in a theme', () => {
  const profile = new Profile({ keywords: ['scholarships', 'open'], titles: ['Open to everyone'], descriptions: ['Small classes and a warm welcome for first-generation students.'], examples: [] });
  const sum = (text: string) => profile.overlap(tokenize(text, 'en'), 'en').sum;
  const onlyTitle = new Profile({ keywords: ['scholarships'], titles: ['Open to everyone'], descriptions: ['Small classes and a warm welcome for first-generation students.'], examples: [] });

  it('count for less than the theme\'s own words when they come from its title or description', () => {
    const title = (text: string) => onlyTitle.overlap(tokenize(text, 'en'), 'en').sum;
    expect(title('I did not open my laptop once on holiday.')).toBeLessThan(title('A warm welcome to every new student.') / 2);
    expect(title('Small changes, big difference.')).toBeLessThan(title('Classes start on Monday.'));
  });

  it('keep their full weight when the author chose them as a keyword', () => {
    expect(sum('Our doors are open to all.')).toBe(1);
  });
});

describe('isNameInSentence', () => {
  const at = (text: string, word: string) => isNameInSentence(text, { text: word, start: text.indexOf(word) });
  it('sees a capital inside a sentence as a name', () => {
    expect(at('Lunch at the Kingsmouth office on the quay.', 'Kingsmouth')).toBe(true);
    expect(at('KINGSMOUTH, 8 September 2026 – The society today opened …', 'KINGSMOUTH')).toBe(true);
  });
  it('does not take the first word of a sentence, a line or a list item for a name', () => {
    expect(at('Volunteers wanted', 'Volunteers')).toBe(false);
    expect(at('Our new centre opens\nVolunteers run the café', 'Volunteers')).toBe(false);
    expect(at('What we offer:\n- Shoreline walks every Sunday', 'Shoreline')).toBe(false);
    expect(at('It opened today. Residents came early.', 'Residents')).toBe(false);
  });
});
