import { describe, expect, it } from 'vitest';
import { markSegments } from './mark-segments';

describe('markSegments', () => {
  it('marks the spans and keeps the text whole', () => {
    const segments = markSegments('We are proud to announce', [{ start: 7, end: 24 }]);
    expect(segments).toEqual([
      { text: 'We are ', marked: false },
      { text: 'proud to announce', marked: true },
    ]);
  });

  it('merges overlapping and touching spans, in any order', () => {
    const segments = markSegments('abcdefghij', [
      { start: 6, end: 8 },
      { start: 1, end: 3 },
      { start: 2, end: 5 },
      { start: 5, end: 6 },
    ]);
    expect(segments).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdefgh', marked: true },
      { text: 'ij', marked: false },
    ]);
  });

  it('clips spans outside the text and drops empty ones', () => {
    expect(markSegments('abc', [{ start: 2, end: 99 }, { start: 1, end: 1 }])).toEqual([
      { text: 'ab', marked: false },
      { text: 'c', marked: true },
    ]);
    expect(markSegments('', [{ start: 0, end: 3 }])).toEqual([]);
  });
});
