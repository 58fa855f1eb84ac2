import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../text';
import type { DetectedLang } from '../types';
import { compileTerms } from './terms';

function marks(terms: string[], text: string, lang: DetectedLang): string[] {
  const find = compileTerms({ id: 't', kind: 'terms', terms, message: 'm' });
  return find(text, tokenize(text, lang), lang).map((s) => text.slice(s.start, s.end));
}

describe('kind terms', () => {
  it.each([
    ['synergie', 'Veel synergieën tussen teams.', 'synergieën'],
    ['integrale aanpak', 'Wij kiezen een integraal aanpakken.', 'integraal aanpakken'],
    ['huur', 'De huren stijgen.', 'huren'],
    ['woning', 'Nieuwe woningen in Dalzicht', 'woningen'],
  ])('Dutch %s catches its inflection in %s', (term, text, marked) => {
    expect(marks([term], text, 'nl')).toEqual([marked]);
  });

  it.each([
    ['leverage', 'We are leveraging our strengths.', 'leveraging'],
    ['best in class', 'Truly best-in-class service', 'best-in-class'],
    ['game changer', 'A real Game Changers moment', 'Game Changers'],
  ])('English %s catches %s', (term, text, marked) => {
    expect(marks([term], text, 'en')).toEqual([marked]);
  });

  it('does not join the words of a phrase across a sentence end or a comma', () => {
    expect(marks(['integrale aanpak'], 'Het is integraal. Aanpak volgt.', 'nl')).toEqual([]);
    expect(marks(['game changer'], 'Game, changer of niet', 'en')).toEqual([]);
  });

  it('prefers the longest phrase and marks it once', () => {
    expect(marks(['social media', 'social media manager'], 'Our social media manager says hi', 'en')).toEqual(['social media manager']);
  });

  it('does not match a word that merely contains the term', () => {
    expect(marks(['huur'], 'Wij huurden niets; de huurder betaalt.', 'nl')).toEqual([]);
    expect(marks(['win'], 'A window and a winter', 'en')).toEqual([]);
  });

  it('gives UTF-16 spans that survive emoji before the term', () => {
    const text = '🚀🎉 Synergie!';
    expect(marks(['synergie'], text, 'nl')).toEqual(['Synergie']);
  });

  it('ignores terms without words and an empty post', () => {
    expect(marks(['!!!', ''], 'Hallo daar', 'nl')).toEqual([]);
    expect(marks(['hallo'], '', 'nl')).toEqual([]);
  });

  it('never throws and keeps spans inside the text, whatever the post', () => {
    const find = compileTerms({ id: 't', kind: 'terms', terms: ['co-creatie', 'game changer', 'één'], message: 'm' });
    const post = fc.string({ unit: fc.constantFrom('a', 'é', 'e\u0301', ' ', '-', '.', '😀', '\u200B', 'ש', '"', 'game', 'changer', 'één', '\n') , maxLength: 60 });
    fc.assert(
      fc.property(post, fc.constantFrom<DetectedLang>('nl', 'en', 'other'), (text, lang) =>
        find(text, tokenize(text, lang), lang).every((s) => s.start >= 0 && s.start < s.end && s.end <= text.length),
      ),
    );
  });
});
