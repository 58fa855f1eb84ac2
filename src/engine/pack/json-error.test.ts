import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonProblem, lineColumn } from './json-error';

describe('findJsonProblem', () => {
  it('finds nothing wrong in valid JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => findJsonProblem(JSON.stringify(value, null, 2)) === undefined));
  });

  it('agrees with JSON.parse on what is broken', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '1', 'a', ' ', '\n', 'true', '\\') }), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        return (findJsonProblem(text) === undefined) === parses;
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', { line: 3, column: 3, found: '"', expected: [',', '}'] }],
    ['[1, 2,]', { line: 1, column: 7, found: ']' }],
    ['{"a": 01}', { line: 1, column: 8, found: '1', expected: [',', '}'] }],
    ['{"a": "tab\there"}', { line: 1, column: 11, found: '\t' }],
    ['{"a": 1', { line: 1, column: 8, found: undefined, expected: [',', '}'] }],
    ["{'a': 1}", { line: 1, column: 2, found: "'", expected: ['"'] }],
  ])('locates the problem in %j', (text, want) => {
    expect(findJsonProblem(text)).toMatchObject(want);
  });

  it('handles deep nesting without running out of stack', () => {
    expect(findJsonProblem('['.repeat(200_000))).toMatchObject({ line: 1, column: 200_001, found: undefined });
  });
});

describe('lineColumn', () => {
  it('counts lines from 1 and columns in characters', () => {
    expect(lineColumn('ab\n😀c', 5)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('', 0)).toEqual({ line: 1, column: 1 });
  });
});
