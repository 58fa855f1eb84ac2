// The pack budget (src/engine/pack/budget.ts) in the JSON Schema, so an editor that validates a
// pack against schema/pack.schema.json shows the same limits as the coach. The numbers are never
// written here: each limit names its LIMITS constant and where it goes in the schema.
// `npm run schema:budget` writes them into the schema; tests/schema-budget.test.ts fails when
// the schema and budget.ts disagree.
//
// Limits over the whole pack (size, values, nesting, phrases in total, RE2 program size) have no
// JSON Schema keyword; the schema's root `$comment` states them, from the same constants.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIMITS } from '../src/engine/pack/budget';

type Limit = keyof typeof LIMITS;
type Json = Record<string, unknown>;

/** Where a limit sits: a path of property names from the schema's root, a keyword, a constant. */
export interface SchemaLimit {
  at: readonly string[];
  keyword: 'maxItems' | 'maxLength' | 'not-repeat';
  limit: Limit;
}

const ORG = ['properties', 'organisation', 'properties'];
const RULE = ['$defs', 'customRule', 'properties'];
const RELEASE = ['properties', 'pressReleases', 'items', 'properties'];
const KEYWORD_LISTS = [['$defs', 'keywords', 'properties', 'nl'], ['$defs', 'keywords', 'properties', 'en'], ['$defs', 'keywords', 'additionalProperties']];

export const SCHEMA_LIMITS: readonly SchemaLimit[] = [
  { at: [...ORG, 'name'], keyword: 'maxLength', limit: 'phraseChars' },
  { at: [...ORG, 'aliases'], keyword: 'maxItems', limit: 'aliases' },
  { at: [...ORG, 'aliases', 'items'], keyword: 'maxLength', limit: 'phraseChars' },
  { at: [...ORG, 'handles'], keyword: 'maxItems', limit: 'handles' },
  { at: ['properties', 'confidential', 'properties', 'terms'], keyword: 'maxItems', limit: 'confidentialTerms' },
  { at: ['properties', 'confidential', 'properties', 'terms', 'items'], keyword: 'maxLength', limit: 'phraseChars' },
  ...KEYWORD_LISTS.flatMap((at) => [
    { at, keyword: 'maxItems', limit: 'keywordsPerList' } as const,
    { at: [...at, 'items'], keyword: 'maxLength', limit: 'phraseChars' } as const,
  ]),
  { at: ['properties', 'custom'], keyword: 'maxItems', limit: 'customRules' },
  { at: [...RULE, 'terms'], keyword: 'maxItems', limit: 'termsPerRule' },
  { at: [...RULE, 'terms', 'items'], keyword: 'maxLength', limit: 'phraseChars' },
  { at: [...RULE, 'pattern'], keyword: 'maxLength', limit: 'patternChars' },
  { at: [...RULE, 'pattern'], keyword: 'not-repeat', limit: 'repeat' },
  { at: [...RULE, 'examples', 'properties', 'fire'], keyword: 'maxItems', limit: 'examplesPerRule' },
  { at: [...RULE, 'examples', 'properties', 'pass'], keyword: 'maxItems', limit: 'examplesPerRule' },
  { at: ['properties', 'pressReleases'], keyword: 'maxItems', limit: 'releases' },
  { at: [...RELEASE, 'text'], keyword: 'maxLength', limit: 'releaseChars' },
  { at: [...RELEASE, 'fingerprint'], keyword: 'maxLength', limit: 'releaseChars' },
  { at: ['properties', 'tests'], keyword: 'maxItems', limit: 'tests' },
  { at: ['properties', 'tests', 'items', 'properties', 'text'], keyword: 'maxLength', limit: 'testChars' },
];

/** A regex source matching a whole number (leading zeros allowed) greater than `n`. */
export function numberAbove(n: number): string {
  const digits = String(n);
  const alternatives = [`[1-9]\\d{${digits.length},}`];
  // Same length: equal up to position i, larger at i, anything after.
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i]);
    if (d === 9) continue;
    const rest = digits.length - i - 1;
    alternatives.push(`${digits.slice(0, i)}[${d + 1}-9]${rest ? `\\d{${rest}}` : ''}`);
  }
  return `0*(?:${alternatives.join('|')})`;
}

/** A repetition count above `n` in {n}, {n,} or {n,m}, not after a backslash (budget.ts largestRepeat). */
export function repeatAbove(n: number): string {
  const big = numberAbove(n);
  return `(?<!\\\\)\\{(?:${big}(?:,\\d*)?|\\d+,${big})\\}`;
}

function node(schema: Json, at: readonly string[]): Json {
  let here: unknown = schema;
  for (const key of at) {
    here = (here as Json)[key];
    if (typeof here !== 'object' || here === null) throw new Error(`schema/pack.schema.json has nothing at ${at.join('.')}`);
  }
  return here as Json;
}

function totals(): string {
  const n = (x: number) => x.toLocaleString('en');
  return (
    `Budget (src/engine/pack/budget.ts, also checked by the coach): a pack of at most ${n(LIMITS.packChars)} characters, ` +
    `${n(LIMITS.packValues)} values and ${LIMITS.depth} levels of nesting; at most ${n(LIMITS.phrasesTotal)} terms, keywords, ` +
    `code names and aliases together, each at most ${LIMITS.phraseWords} words; a pattern's RE2 program at most ` +
    `${n(LIMITS.program)} instructions, all patterns together ${n(LIMITS.programTotal)}.`
  );
}

/** The schema with every budget limit set from LIMITS (a copy; the input is left as it is). */
export function withBudget(schema: Json): Json {
  const out = structuredClone(schema);
  for (const { at, keyword, limit } of SCHEMA_LIMITS) {
    const target = node(out, at);
    if (keyword === 'not-repeat') target.not = { pattern: repeatAbove(LIMITS[limit]), description: `No repetition count above ${LIMITS[limit]}.` };
    else target[keyword] = LIMITS[limit];
  }
  out.$comment = totals();
  return out;
}

export const SCHEMA_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pack.schema.json');

// `npm run schema:budget`: write the limits into the schema.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Json;
  writeFileSync(SCHEMA_FILE, JSON.stringify(withBudget(schema), null, 2) + '\n');
  console.log(`Budget limits written to ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}
