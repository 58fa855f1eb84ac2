import { describe, expect, it } from 'vitest';
import { detectTextLanguage, isQuestion, splitSentences, tokenize } from './text';

describe('isQuestion', () => {
  const questions = ['Wat vind jij?', 'Wat vind jij? #wonen 🙂', 'How? https://example.org/x', '"Really?"', 'Echt? 👍🏽', 'Waarom ?  ', '👨‍👩‍👧?'];
  const statements = ['Kom ook!', 'Vraag? Nee.', '', 'wait 👨‍👩‍👧', 'Lees meer op dalzicht.nl', '?!x'];
  for (const q of questions) it(`"${q}" is a question`, () => expect(isQuestion(q)).toBe(true));
  for (const s of statements) it(`"${s}" is not a question`, () => expect(isQuestion(s)).toBe(false));
  it('stays linear on long runs of closing quotes', () => {
    // The earlier regex took minutes on this input; the walk finishes it at once.
    expect(isQuestion('"'.repeat(400_000) + 'x')).toBe(false);
    expect(isQuestion('x' + '”'.repeat(400_000))).toBe(false);
  });
});

describe('splitSentences', () => {
  it('splits on end punctuation and newlines, trimming white space', () => {
    const text = 'Eerste zin. Tweede zin?\n\nDerde regel';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Eerste zin.', 'Tweede zin?', 'Derde regel']);
  });
});

describe('tokenize', () => {
  it('keeps offsets exact around emoji and combining characters', () => {
    const text = '🙂 café coöperatie e\u0301e';
    for (const t of tokenize(text, 'nl')) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text, 'nl').map((t) => t.text)).toEqual(['café', 'coöperatie', 'e\u0301e']);
  });
});

describe('detectTextLanguage', () => {
  it('tells Dutch from English on short posts', () => {
    expect(detectTextLanguage('Wat vind jij van de nieuwe plannen voor de wijk?')).toBe('nl');
    expect(detectTextLanguage('What do you think of the new plans for the area?')).toBe('en');
  });
});
