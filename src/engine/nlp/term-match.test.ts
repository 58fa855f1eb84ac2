import { describe, expect, it } from 'vitest';
import { tokenize } from '../text';
import { compileTermMatcher } from './term-match';

const find = (terms: string[], text: string, lang: 'nl' | 'en') => {
  const tokens = tokenize(text, lang);
  return compileTermMatcher(terms).find(tokens, lang).map((h) => text.slice(h.span.start, h.span.end));
};

describe('term matcher', () => {
  it('finds inflections of a word by its stem', () => {
    expect(find(['woning'], 'Nieuwe woningen in Kortland', 'nl')).toEqual(['woningen']);
    expect(find(['election'], 'Before the elections, please vote.', 'en')).toEqual(['elections']);
  });

  it('finds phrases, longest first', () => {
    expect(find(['raad', 'Raad van State'], 'De zaak ligt bij de Raad van State.', 'nl')).toEqual(['Raad van State']);
    expect(find(['price cap'], 'The price cap is back in the news.', 'en')).toEqual(['price cap']);
  });

  it('does not match a phrase whose words are apart, nor a longer word', () => {
    expect(find(['price cap'], 'The price of a cap went up.', 'en')).toEqual([]);
    expect(find(['brand'], 'De brandweer was snel ter plaatse.', 'nl')).toEqual([]);
  });

  it('is empty for an empty list or text', () => {
    expect(find([], 'iets', 'nl')).toEqual([]);
    expect(find(['iets'], '', 'nl')).toEqual([]);
  });
});
