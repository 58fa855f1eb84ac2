import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../coach-engine';

const pack = {
  format: 1,
  id: 'demo',
  name: 'Demo',
  version: '1',
  languages: ['nl'],
  custom: [{ id: 'jargon', kind: 'terms', terms: ['synergie'], message: 'Jargon', examples: { fire: ['Veel synergie'], pass: ['Samenwerken'] } }],
  tests: [{ text: 'Synergie alom', lang: 'nl', expect: ['jargon'] }],
};

describe('loadPack', () => {
  it('loads a parsed pack and a JSON text alike, compiled and tested', () => {
    for (const input of [pack, JSON.stringify(pack, null, 2), '\uFEFF' + JSON.stringify(pack)]) {
      const result = loadPack(input);
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.pack.id).toBe('demo');
        expect(result.compiled.custom.map((c) => c.id)).toEqual(['jargon']);
        expect(result.testsPassed).toBe(3);
      }
    }
  });

  it('reports a JSON syntax error with its line and column', () => {
    const text = '{\n  "format": 1,\n  "id": "demo"\n  "name": "Demo"\n}';
    expect(loadPack(text)).toEqual({
      ok: false,
      errors: [{ path: '(root)', message: `this is not valid JSON: at line 4, column 3 there is an unexpected '"' (expected ',' or '}')` }],
      testFailures: [],
    });
  });

  it.each([
    ['', 'the text ends too early'],
    ['{"a": [1, 2,]}', 'line 1, column 13'],
    ['{"a": tru}', 'line 1, column 10'],
    ['{} extra', 'line 1, column 4'],
    ['{"a": "😀😀", "b" 1}', 'line 1, column 17'],
  ])('locates the error in %j', (text, words) => {
    const result = loadPack(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toContain(words);
  });

  it('says it in Dutch when asked', () => {
    const result = loadPack('{"format": 1,', { lang: 'nl' });
    expect(!result.ok && result.errors[0]!.message).toBe(`dit is geen geldige JSON: op regel 1, kolom 14 houdt de tekst te vroeg op (verwacht: '"')`);
  });

  it('refuses a pack over the size limit with a clear message', () => {
    const big = { ...pack, pressReleases: [{ id: 'big', text: 'x'.repeat(3 * 1024 * 1024) }] };
    for (const input of [big, JSON.stringify(big)]) {
      const result = loadPack(input);
      expect(!result.ok && result.errors).toEqual([{ path: '(root)', message: expect.stringMatching(/^the pack is 3\.0 MB, more than the limit of 2\.0 MB/) }]);
    }
  });

  it('refuses an invalid pack with every validation error', () => {
    const result = loadPack({ ...pack, id: 'Demo', languages: [] });
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['id', 'languages']);
  });

  it('refuses a pack whose own tests fail, naming each failure', () => {
    const broken = { ...pack, tests: [{ text: 'Niets aan de hand', expect: ['jargon'] }], custom: [{ ...pack.custom[0], examples: { pass: ['Veel synergie hier'] } }] };
    const result = loadPack(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'tests[0]', message: 'expected jargon to fire, but got nothing' },
      { path: 'custom[0].examples.pass[0]', message: 'this example should not trigger "jargon", but it did' },
    ]);
    expect(result.testFailures.map((f) => f.path)).toEqual(['tests[0]', 'custom[0].examples.pass[0]']);
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const input of [undefined, null, 42, cyclic, [], '[]', 'null', '"pack"', { toJSON: () => { throw new Error('boom'); } }, '['.repeat(100_000)]) {
      const result = loadPack(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => loadPack(text).ok === false));
  });
});
