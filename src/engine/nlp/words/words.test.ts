import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text';
import { WORD_LISTS } from './index';

describe('closed word classes', () => {
  for (const [lang, lists] of Object.entries(WORD_LISTS) as [keyof typeof WORD_LISTS, (typeof WORD_LISTS)[keyof typeof WORD_LISTS]][]) {
    for (const [name, words] of Object.entries(lists)) {
      it(`${lang} ${name}: every entry is one word, written as the tokenizer lower-cases it`, () => {
        const wrong = words.filter((w) => {
          const tokens = tokenize(w, lang);
          return tokens.length !== 1 || tokens[0]!.lower !== w;
        });
        expect(wrong).toEqual([]);
      });
    }
  }
});
