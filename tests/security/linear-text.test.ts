// Every text path is linear: a post twice as long costs at most about twice the work, whatever
// it is made of (emoji, family emoji, zero-width joiners, runs of spaces, dots, hyphens, line
// ends). Work is counted, not timed: the engine's own step meter (scanners, matchers) plus every
// regex execution weighted by the characters it is handed.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse, compilePack, type Pack } from '../../src/coach-engine';
import { CACHE_CHARS } from '../../src/engine/analyse';
import { measureWork } from '../../src/engine/work';

const pack = JSON.parse(readFileSync('packs/gemeente-dalzicht.json', 'utf8')) as Pack;

let regexChars = 0;
const exec = RegExp.prototype.exec;
beforeAll(() => {
  // String.prototype.replace/match/split and RegExp.prototype.test all go through exec once it
  // is replaced, so this sees every regex the engine runs.
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, s);
    // The characters the search passed over: up to the end of its match, or to the end.
    regexChars += 1 + (m ? m.index + m[0].length - from : String(s).length - from);
    return m;
  };
});
afterAll(() => {
  RegExp.prototype.exec = exec;
});

/** Counted work of one analysis of `text` on a fresh cache. */
function work(text: string): number {
  regexChars = 0;
  const { steps } = measureWork(() => analyse({ text }, compilePack(pack)));
  return steps + regexChars;
}

/** `unit` repeated to `chars` characters after a word, at the end of the post or before one more word. */
const fill = (unit: string, chars: number, after: string) => `Vandaag ${unit.repeat(Math.ceil(chars / unit.length))}${after}`;

const expectLinear = (unit: string) => {
  for (const after of ['', ' klaar']) {
    const small = work(fill(unit, 50_000, after));
    const large = work(fill(unit, 100_000, after));
    // Twice the text, at most a little over twice the work (fixed costs make it less).
    expect(large, `${JSON.stringify(unit + after)}: ${small} → ${large}`).toBeLessThanOrEqual(2.2 * small + 10_000);
  }
};

describe('text handling is linear at 100 kB', () => {
  const SHAPES: Record<string, string> = {
    'emoji in a row': '😀',
    'family emoji': '👨‍👩‍👧‍👦',
    'zero-width joiners': '\u200D',
    'letters with joiners': 'a\u200D',
    'runs of spaces': ' ',
    'runs of dots': '.',
    'runs of hyphens': '-',
    'runs of line ends': '\n',
    'a-a-a': 'a-',
    'a.a.a': 'a.',
    'tabs and non-breaking spaces': '\t\u00A0',
    'question marks and emoji': '?😀',
  };
  for (const [name, unit] of Object.entries(SHAPES)) it(name, () => expectLinear(unit));

  it('any mix of these pieces', () => {
    const piece = fc.constantFrom('😀', '👨‍👩‍👧‍👦', '\u200D', ' ', '.', '-', '\n', 'a', '#', '?', '!', '…', 'www.', 'nl', '"', ')', '\uFE0F', '🏽', 'é');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 4 }), (pieces) => expectLinear(pieces.join(''))),
      { numRuns: 6 },
    );
  });
});

describe('the sentence cache', () => {
  it('is bounded by the characters it holds, not by its number of entries', () => {
    const compiled = compilePack(pack);
    for (let i = 0; i < 150; i++) analyse({ text: `Bericht ${i} ${'woord '.repeat(1_700)}` }, compiled);
    const held = [...compiled.cache.keys()].reduce((sum, key) => sum + key.length, 0);
    expect(held).toBeLessThanOrEqual(CACHE_CHARS);
    // Recent sentences are still served from it.
    expect(held).toBeGreaterThan(CACHE_CHARS / 2);
  });
});
