import { describe, expect, it } from 'vitest';
import { listNames } from './list-names';

describe('listNames', () => {
  it('joins plain names with commas and a final "and"', () => {
    expect(listNames(['legal cases'], 'and')).toBe('legal cases');
    expect(listNames(['politics', 'legal cases', 'complaints'], 'and')).toBe('politics, legal cases and complaints');
    expect(listNames(['politiek', 'rechtszaken'], 'en')).toBe('politiek en rechtszaken');
  });

  it('keeps names that hold "and" apart with commas only', () => {
    expect(listNames(['incidents and accidents', 'fraud and theft'], 'and')).toBe('incidents and accidents, fraud and theft');
    expect(listNames(['incidenten en ongevallen', 'fraude en diefstal'], 'en')).toBe('incidenten en ongevallen, fraude en diefstal');
    // "Endless" holds the letters, not the word.
    expect(listNames(['endless meetings', 'legal cases'], 'en')).toBe('endless meetings en legal cases');
  });
});
