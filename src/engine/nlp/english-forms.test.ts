import { describe, expect, it } from 'vitest';
import { englishForms, formsTheStemmerMisses } from './english-forms';

describe('formsTheStemmerMisses', () => {
  it('names irregular forms the stemmer cannot join', () => {
    expect(formsTheStemmerMisses('child')).toContain('children');
    expect(formsTheStemmerMisses('buy')).toContain('bought');
  });
  it('stays quiet about regular forms the stemmer already joins', () => {
    expect(formsTheStemmerMisses('box')).toEqual([]);
    expect(formsTheStemmerMisses('share')).toEqual([]);
  });
  it('stays quiet when the author already listed the form', () => {
    expect(formsTheStemmerMisses('child', ['children'])).toEqual([]);
  });
  it('knows plurals of phrases', () => {
    expect(englishForms('offshore wind farm')).toContain('offshore wind farms');
  });
});
