// The JSON Schema carries the pack budget of src/engine/pack/budget.ts, so an editor validating
// a pack against it flags the same oversized lists and patterns the coach refuses. The numbers
// come from budget.ts (schema/budget.ts writes them; `npm run schema:budget`).
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, SCHEMA_LIMITS, withBudget } from '../schema/budget';
import { LIMITS } from '../src/engine/pack/budget';
import { validatePack } from '../src/coach-engine';

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
const schemaAccepts = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const base = { format: 1, id: 'budget', name: 'Budget', version: '1', languages: ['nl', 'en'] };
const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const word = (i: number) => `w${i.toString(36)}`;
const rule = (extra: Record<string, unknown>) => ({ custom: [{ id: 'r', kind: 'pattern', pattern: 'x', message: 'm', ...extra }] });

/** A pack at a limit and one past it, for each limit the schema can state. */
const CASES: [string, (n: number) => Record<string, unknown>, number][] = [
  ['aliases', (n) => ({ organisation: { name: 'Org', aliases: many(n, word) } }), LIMITS.aliases],
  ['handles', (n) => ({ organisation: { name: 'Org', handles: many(n, (i) => `@${word(i)}`) } }), LIMITS.handles],
  ['phrase length', (n) => ({ confidential: { terms: ['a'.repeat(n)] } }), LIMITS.phraseChars],
  ['confidential terms', (n) => ({ confidential: { terms: many(n, word) } }), LIMITS.confidentialTerms],
  ['keywords per list', (n) => ({ strategy: { themes: [{ id: 't', title: 'T', keywords: { nl: many(n, word) } }] } }), LIMITS.keywordsPerList],
  ['custom rules', (n) => ({ custom: many(n, (i) => ({ id: `r${i}`, kind: 'terms', terms: [word(i)], message: 'm' })) }), LIMITS.customRules],
  ['terms per rule', (n) => ({ custom: [{ id: 'r', kind: 'terms', terms: many(n, word), message: 'm' }] }), LIMITS.termsPerRule],
  // Character classes: long to write, small as an RE2 program (its own limit).
  ['pattern length', (n) => rule({ pattern: '[a-z]'.repeat(Math.floor(n / 5)) + 'a'.repeat(n % 5) }), LIMITS.patternChars],
  ['repetition {n}', (n) => rule({ pattern: `a{${n}}` }), LIMITS.repeat],
  ['repetition {m,n}', (n) => rule({ pattern: `(?:ab){2,${n}}` }), LIMITS.repeat],
  ['repetition {n,}', (n) => rule({ pattern: `x{${n},}` }), LIMITS.repeat],
  ['examples per rule', (n) => rule({ examples: { pass: many(n, (i) => `post ${i}`) } }), LIMITS.examplesPerRule],
  ['releases', (n) => ({ pressReleases: many(n, (i) => ({ id: `p${i}`, text: `release ${i}` })) }), LIMITS.releases],
  ['release length', (n) => ({ pressReleases: [{ id: 'p', text: 'a '.repeat(n).slice(0, n) }] }), LIMITS.releaseChars],
  ['tests', (n) => ({ tests: many(n, (i) => ({ text: `post ${i}`, expect: [] })) }), LIMITS.tests],
  ['test length', (n) => ({ tests: [{ text: 'a'.repeat(n), expect: [] }] }), LIMITS.testChars],
];

describe('the JSON Schema and the pack budget', () => {
  it('the schema holds exactly the limits of budget.ts (run `npm run schema:budget` after changing them)', () => {
    expect(SCHEMA_LIMITS.length).toBeGreaterThan(15);
    expect(schema).toEqual(withBudget(schema));
  });

  it.each(CASES)('%s: the schema and the validator accept the limit and refuse one more', (_name, make, limit) => {
    const at = { ...base, ...make(limit) };
    const over = { ...base, ...make(limit + 1) };
    expect(validatePack(at).ok).toBe(true);
    expect(schemaAccepts(at)).toBe(true);
    expect(validatePack(over).ok).toBe(false);
    expect(schemaAccepts(over)).toBe(false);
  });

  it('a repetition count written with leading zeros or escaped braces is read as the validator reads it', () => {
    const with_ = (pattern: string) => ({ ...base, ...rule({ pattern }) });
    for (const pattern of ['a{0101}', 'a{5,0200}']) {
      expect(validatePack(with_(pattern)).ok, pattern).toBe(false);
      expect(schemaAccepts(with_(pattern)), pattern).toBe(false);
    }
    for (const pattern of ['a\\{500\\}', 'a{0,100}', 'a{100,}']) {
      expect(validatePack(with_(pattern)).ok, pattern).toBe(true);
      expect(schemaAccepts(with_(pattern)), pattern).toBe(true);
    }
  });
});
