import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern, patternProblem } from './pattern';

function marks(pattern: string, text: string, ignoreCase?: boolean): string[] {
  const find = compilePattern({ id: 'p', kind: 'pattern', pattern, ignoreCase, message: 'm' });
  return find(text, [], 'en').map((s) => text.slice(s.start, s.end));
}

describe('kind pattern', () => {
  it('reports UTF-16 offsets, so spans after emoji and astral letters are exact', () => {
    const text = '😀👍🏽 Call 0800-1234 now 𝒜 0900-5678';
    expect(marks('\\d{4}-\\d{4}', text)).toEqual(['0800-1234', '0900-5678']);
  });

  it('treats an astral character as one character', () => {
    expect(marks('x.y', 'x😀y and xzy')).toEqual(['x😀y', 'xzy']);
  });

  it('ignores case unless ignoreCase is false, also for accented letters', () => {
    expect(marks('café', 'CAFÉ open')).toEqual(['CAFÉ']);
    expect(marks('café', 'CAFÉ open', false)).toEqual([]);
  });

  it('skips empty matches and stops at 100 marks', () => {
    expect(marks('a*', 'baab')).toEqual(['aa']);
    expect(marks('a', 'a'.repeat(500))).toHaveLength(100);
  });

  it('stays fast on input that hangs a backtracking engine', () => {
    // (a+)+$ on "aaaa…!" is exponential in JavaScript's RegExp; RE2 is linear.
    expect(marks('(a+)+$', 'a'.repeat(50_000) + '!')).toEqual([]);
  });

  it.each([
    ['(?<=a)b', 'lookaround'],
    ['(?<!a)b', 'lookaround'],
    ['foo(?=bar)', 'lookaround'],
    ['foo(?!bar)', 'lookaround'],
    ['(a)\\1', 'backref'],
    ['[abc', 'invalid'],
    ['x{2,1}', 'invalid'],
  ])('names the problem with %s', (pattern, kind) => {
    expect(patternProblem(pattern)?.kind).toBe(kind);
  });

  it.each(['\\bnu\\b', '\\p{L}+', '(?P<n>x)', '[(?=]'])('accepts RE2 syntax %s', (pattern) => {
    expect(patternProblem(pattern)).toBeUndefined();
  });

  it('never throws on any text, and every span lies on whole UTF-16 characters', () => {
    const find = compilePattern({ id: 'p', kind: 'pattern', pattern: '\\p{So}+|[^ ]{3}', message: 'm' });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) =>
        find(text, [], 'other').every((s) => {
          const lowSurrogateAt = (i: number) => /[\uDC00-\uDFFF]/.test(text[i] ?? '');
          return s.start < s.end && s.end <= text.length && !lowSurrogateAt(s.start) && !lowSurrogateAt(s.end);
        }),
      ),
    );
  });
});
