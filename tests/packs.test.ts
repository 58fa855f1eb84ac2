// Every bundled pack loads and passes its own tests; every broken fixture gives the expected
// errors with their paths; and the published JSON Schema agrees with the validator.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { loadPack, type PackError } from '../src/coach-engine';
import { RULE_NAMES } from '../src/coach-engine';
import { SEVERITIES } from '../src/engine/pack/validate';

const root = path.resolve(import.meta.dirname, '..');
const jsonFiles = (dir: string) =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.json') && f !== 'expected.json')
    .sort()
    .map((f) => path.join(dir, f));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

const schema = JSON.parse(read('schema/pack.schema.json')) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const schemaAccepts = ajv.compile(schema);

const bundled = jsonFiles('packs');
const validFixtures = jsonFiles('tests/fixtures/packs/valid');
const invalidFixtures = jsonFiles('tests/fixtures/packs/invalid');
const expected = JSON.parse(read('tests/fixtures/packs/invalid/expected.json')) as Record<string, { schemaRejects: boolean | null; errors: PackError[] }>;

describe('bundled packs and valid fixtures', () => {
  it('there are packs to check', () => {
    expect(bundled).toContain('packs/default.json');
    expect(validFixtures.length).toBeGreaterThan(0);
  });

  it.each([...bundled, ...validFixtures])('%s validates, compiles and passes its own tests', (file) => {
    const result = loadPack(read(file));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each([...bundled, ...validFixtures])('%s satisfies the JSON Schema', (file) => {
    const ok = schemaAccepts(JSON.parse(read(file)));
    expect(ok ? [] : schemaAccepts.errors).toEqual([]);
  });

  it.each(bundled)('%s is named after its id', (file) => {
    expect((JSON.parse(read(file)) as { id: string }).id).toBe(path.basename(file, '.json'));
  });
});

describe('invalid fixtures', () => {
  it('each has its expected errors written down', () => {
    expect(invalidFixtures.map((f) => path.basename(f, '.json')).sort()).toEqual(Object.keys(expected).filter((k) => !k.startsWith('$')).sort());
  });

  it.each(invalidFixtures)('%s is refused with every error at its path', (file) => {
    const want = expected[path.basename(file, '.json')]!;
    const result = loadPack(read(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual(want.errors);
  });

  it.each(invalidFixtures.filter((f) => expected[path.basename(f, '.json')]!.schemaRejects !== null))('%s: the JSON Schema agrees', (file) => {
    const want = expected[path.basename(file, '.json')]!;
    expect(schemaAccepts(JSON.parse(read(file)))).toBe(!want.schemaRejects);
  });
});

describe('the JSON Schema', () => {
  it('is draft 2020-12 and knows the same rules and severities as the validator', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const props = schema.properties as Record<string, { properties?: Record<string, unknown> }>;
    expect(Object.keys(props.rules!.properties!)).toEqual([...RULE_NAMES]);
    const defs = schema.$defs as Record<string, { enum?: string[] }>;
    expect(defs.severity!.enum).toEqual([...SEVERITIES]);
  });

  it('describes every top-level field, for editor autocompletion', () => {
    const props = schema.properties as Record<string, { description?: string }>;
    for (const [name, field] of Object.entries(props)) expect(field.description, name).toBeTruthy();
  });
});
