// The pack validator against hostile JSON: names that live on Object.prototype, floods of
// errors, and notes nested without end. Each must come back as a refusal with a path, never as
// "valid" and never as a crash.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/coach-engine';
import { validatePack } from '../../src/coach-engine';

const base = (): Record<string, unknown> => {
  const pack = JSON.parse(readFileSync('packs/gemeente-dalzicht.json', 'utf8')) as Record<string, unknown>;
  // Make sure every optional object the format knows is present, so each is tried.
  return { ...pack, history: { privacy: 'none' }, confidential: { terms: ['Project Zwaluw'] }, rules: { ...(pack.rules as object), 'on-behalf': { severity: 'nudge' } } };
};

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);

/** Paths of every plain object in the pack, at most two entries of each list. */
function objectPaths(value: unknown, path: string[] = [], out: string[][] = []): string[][] {
  if (Array.isArray(value)) value.slice(0, 2).forEach((v, i) => objectPaths(v, [...path, String(i)], out));
  else if (typeof value === 'object' && value !== null) {
    out.push(path);
    for (const [k, v] of Object.entries(value)) objectPaths(v, [...path, k], out);
  }
  return out;
}

function resolve(root: unknown, path: string[]): Record<string, unknown> {
  return path.reduce((node, key) => (node as Record<string, unknown>)[key], root) as Record<string, unknown>;
}

/** The validator's way of writing a path: dots for keys, [i] for list entries. */
const shown = (path: string[]) => path.reduce((s, k) => (/^\d+$/.test(k) ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');

describe('Object.prototype names in a pack', () => {
  const positions = objectPaths(base());

  it('covers the pack format', () => {
    // Root, organisation, guidelines, principles, strategy, themes, keywords, releases, rules, custom, tests, history …
    expect(positions.length).toBeGreaterThan(25);
  });

  it.each(PROTO_NAMES)('"%s" is refused as an unknown field at every object position, with its path', (name) => {
    for (const position of positions) {
      const pack = base();
      // An own property, as JSON.parse makes it (also for "__proto__").
      Object.defineProperty(resolve(pack, position), name, { value: 'x', enumerable: true, writable: true, configurable: true });
      const result = validatePack(pack);
      const where = shown([...position, name]);
      expect(result.ok, `${name} at ${where || '(root)'}`).toBe(false);
      if (result.ok) continue;
      expect(result.errors.map((e) => e.path), where).toContain(where);
      expect(result.errors.some((e) => /could not be prepared/.test(e.message)), where).toBe(false);
    }
  });

  it('"__proto__" in pack text is refused with its path, not merged into the prototype', () => {
    const text = JSON.stringify({ format: 1, id: 'x', name: 'X', version: '1', languages: ['nl'] }).replace('{', '{"__proto__": {"polluted": true},');
    const result = loadPack(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('validation cost is bounded', () => {
  it('stops after 100 problems and says so', () => {
    const pack = { format: 1, id: 'x', name: 'X', version: '1', languages: ['nl'], custom: Array.from({ length: 20_000 }, () => 42) };
    const result = validatePack(pack, { lang: 'nl' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeLessThanOrEqual(101);
    expect(result.errors.at(-1)).toEqual({ path: '(root)', message: expect.stringMatching(/gestopt na 100 problemen/) });
  });

  it('refuses "$" notes nested deeper than the limit, with the path where it goes too deep', () => {
    let note: unknown = 'bottom';
    for (let i = 0; i < 5_000; i++) note = { $deeper: note };
    const result = validatePack({ format: 1, id: 'x', name: 'X', version: '1', languages: ['nl'], $comment: note });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toMatch(/^\$comment(\.\$deeper)+$/);
  });

  it('refuses a pack nested 100,000 levels deep as text without crashing', () => {
    const text = `{"format":1,"id":"x","name":"X","version":"1","languages":["nl"],"$c":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const result = loadPack(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/nested more than 16 levels deep|not valid JSON/);
  });
});
