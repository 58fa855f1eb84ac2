// The hand-written scanners keep the choices of the regexes they replaced (which went quadratic
// on long runs); on short texts the regexes are fine, so they serve as the reference here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLinks } from './links';
import { stripTrailingDecoration } from './scan';
import { isQuestion, splitSentences } from '../text';

const OLD_LINK = /(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:nl|be|com|org|net|eu|uk|co\.uk|io)(?:\/\S*)?/giu;
const OLD_DECORATION = /(?:\s|#[\p{L}\p{N}_]+|\p{Extended_Pictographic}|\uFE0F)+$/u;
const OLD_SENTENCE_END = /[.!?…]+["'”’)]*(?=\s|$)|\n+/g;

function oldSplit(text: string) {
  const out: { text: string; start: number; end: number }[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
  };
  let from = 0;
  for (const m of text.matchAll(OLD_SENTENCE_END)) {
    push(from, m[0].startsWith('\n') ? m.index : m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

const textOf = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((p) => p.join(''));

describe('hand-written scanners', () => {
  it('find the links the link regex found', () => {
    const pieces = ['a', 'B', '-', '.', '..', ' ', 'nl', 'NL', 'com', 'co', 'uk', 'co.uk', 'io', '/', 'x/y', 'http://', 'https://', 'HTTPS://', 'www.', '_', '9', 'é', '🙂', '\n', 'k', 's'];
    fc.assert(
      fc.property(textOf(pieces), (t) => {
        expect(findLinks(t)).toEqual([...t.matchAll(OLD_LINK)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
      }),
      { numRuns: 3000 },
    );
  });

  it('split sentences, strip trailing decoration and find questions as before', () => {
    const pieces = ['a', 'b', ' ', '.', '...', '?', '!', '…', '"', '”', ')', '\n', '\n\n', '🙂', '👨‍👩‍👧', '\u200D', '#tag', '#', 'https://x.nl', '\uFE0F', '\t', '\u00a0', '👍🏽', ']'];
    fc.assert(
      fc.property(textOf(pieces), (t) => {
        expect(splitSentences(t)).toEqual(oldSplit(t));
        expect(stripTrailingDecoration(t)).toBe(t.replace(OLD_DECORATION, ''));
      }),
      { numRuns: 3000 },
    );
    expect(isQuestion('Wat vind jij? #wonen 🙂')).toBe(true);
    expect(isQuestion('https://x.nl?👍🏽')).toBe(false);
    expect(isQuestion('Kom je ook?' + '\u200D'.repeat(50))).toBe(true);
    expect(isQuestion('Lees meer #wonen👨‍👩‍👧‍👦')).toBe(false);
  });
});
