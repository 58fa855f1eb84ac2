// The pack budget: what one pack may ask of the page it runs in. A pack is data from an
// organisation or a URL, and every employee's browser runs it on every keystroke, so sizes are
// capped at validation (each limit reported with its JSON path) and the compiled pack is
// measured on probe posts at load time in counted steps, not milliseconds, so the verdict is
// the same on every machine. Limits leave the shipped packs a wide margin.
import { compileRe2 } from '../kinds/pattern';
import { tokenize } from '../text';
import { at, fail, has, isObject, item, ROOT, type Ctx } from './validate-shape';

export const LIMITS = {
  /** Characters of the whole pack (strings and keys); the loader's byte limit says the same for files. */
  packChars: 2_000_000,
  /** Values (objects, arrays, strings, numbers) in the whole pack. */
  packValues: 200_000,
  /** Nesting, also inside "$" notes. The deepest real field is six levels down. */
  depth: 16,
  aliases: 100,
  handles: 100,
  /** Words in one term, keyword, code name or alias: the depth of every phrase-trie walk. */
  phraseWords: 8,
  phraseChars: 200,
  termsPerRule: 1_000,
  confidentialTerms: 1_000,
  keywordsPerList: 500,
  /** Terms, keywords, code names and aliases together. */
  phrasesTotal: 5_000,
  customRules: 100,
  patternChars: 1_000,
  /** The largest count in {n}, {n,} or {n,m}; RE2 itself allows 1000. */
  repeat: 100,
  /** RE2 program size (instructions) of one pattern: the work per character of the post. */
  program: 1_000,
  programTotal: 3_000,
  releases: 100,
  releaseChars: 50_000,
  tests: 300,
  testChars: 5_000,
  examplesPerRule: 50,
} as const;

/** Counted steps one analysis of a probe post may take (see probe.ts): a few milliseconds. */
export const PROBE_STEPS = 1_000_000;
/**
 * What the limits above allow at most for any post of 280 characters: patterns cost at most
 * about 3 × program size × length plus 2 × program size per match (100 matches), phrase lists
 * at most the words times the phrase depth. tests/security/pack-budget.test.ts holds packs to it.
 */
export const POST_STEPS = 4_000_000;

/**
 * Depth, size and value count of the raw JSON, checked before anything else looks at it. The
 * walk keeps its own stack, so a pack nested 100,000 levels deep cannot overflow the call stack.
 */
export function checkSize(ctx: Ctx, json: unknown): boolean {
  const stack: [unknown, string, number][] = [[json, ROOT, 0]];
  let chars = 0;
  let values = 0;
  while (stack.length > 0) {
    const [value, path, depth] = stack.pop()!;
    values++;
    if (depth > LIMITS.depth) {
      fail(ctx, path, ctx.m.tooDeep(LIMITS.depth));
      return false;
    }
    if (typeof value === 'string') chars += value.length;
    else if (Array.isArray(value)) value.forEach((v, i) => stack.push([v, item(path, i), depth + 1]));
    else if (isObject(value)) {
      for (const key of Object.keys(value)) {
        chars += key.length;
        stack.push([value[key], at(path, key), depth + 1]);
      }
    }
    if (chars > LIMITS.packChars || values > LIMITS.packValues) {
      fail(ctx, ROOT, chars > LIMITS.packChars ? ctx.m.packTooBig(LIMITS.packChars) : ctx.m.packTooManyValues(LIMITS.packValues));
      return false;
    }
  }
  return true;
}

const strings = (v: unknown): [number, string][] => (Array.isArray(v) ? v.flatMap((s, i) => (typeof s === 'string' ? [[i, s] as [number, string]] : [])) : []);
const objects = (v: unknown): [number, Record<string, unknown>][] =>
  Array.isArray(v) ? v.flatMap((e, i) => (isObject(e) ? [[i, e] as [number, Record<string, unknown>]] : [])) : [];

/** The largest repetition count written in an RE2 pattern ({n}, {n,}, {n,m}). */
export function largestRepeat(pattern: string): number {
  let largest = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      if (pattern[i + 1] === ']') i++;
      continue;
    }
    if (ch !== '{') continue;
    const m = /^\{(\d+)(?:,(\d*))?\}/.exec(pattern.slice(i, i + 24));
    if (m) largest = Math.max(largest, Number(m[1]), m[2] ? Number(m[2]) : 0);
  }
  return largest;
}

/** The RE2 program size of a pattern, or undefined when it does not compile (reported elsewhere). */
function programSize(pattern: string, ignoreCase: boolean): number | undefined {
  try {
    return compileRe2(pattern, ignoreCase).programSize();
  } catch {
    return undefined;
  }
}

/** Limits on lists, phrases and patterns, for the well-typed parts of a pack. */
export function checkBudget(ctx: Ctx, pack: Record<string, unknown>): void {
  let phrases = 0;
  const countList = (path: string, v: unknown, limit: number) => {
    if (Array.isArray(v) && v.length > limit) fail(ctx, path, ctx.m.tooMany(v.length, limit));
  };
  const phrase = (path: string, s: string) => {
    phrases++;
    if (s.length > LIMITS.phraseChars) fail(ctx, path, ctx.m.tooLong(s.length, LIMITS.phraseChars));
    else if (tokenize(s, 'other').length > LIMITS.phraseWords) fail(ctx, path, ctx.m.tooManyWords(LIMITS.phraseWords));
  };
  const phraseList = (path: string, v: unknown, limit: number) => {
    countList(path, v, limit);
    // Past the limit the list is refused anyway; its entries need no more work.
    if (Array.isArray(v) && v.length <= limit) for (const [i, s] of strings(v)) phrase(item(path, i), s);
  };

  const org = isObject(pack.organisation) ? pack.organisation : {};
  phraseList('organisation.aliases', org.aliases, LIMITS.aliases);
  countList('organisation.handles', org.handles, LIMITS.handles);
  if (typeof org.name === 'string') phrase('organisation.name', org.name);
  const confidential = isObject(pack.confidential) ? pack.confidential : {};
  phraseList('confidential.terms', confidential.terms, LIMITS.confidentialTerms);

  const strategy = isObject(pack.strategy) ? pack.strategy : {};
  for (const group of ['themes', 'avoid', 'reserved']) {
    for (const [i, theme] of objects(strategy[group])) {
      if (!isObject(theme.keywords)) continue;
      for (const lang of Object.keys(theme.keywords)) phraseList(at(at(item(`strategy.${group}`, i), 'keywords'), lang), theme.keywords[lang], LIMITS.keywordsPerList);
    }
  }

  countList('custom', pack.custom, LIMITS.customRules);
  let program = 0;
  for (const [i, rule] of objects(pack.custom)) {
    const path = item('custom', i);
    if (rule.kind === 'terms') phraseList(at(path, 'terms'), rule.terms, LIMITS.termsPerRule);
    if (isObject(rule.examples)) for (const side of ['fire', 'pass']) countList(at(at(path, 'examples'), side), rule.examples[side], LIMITS.examplesPerRule);
    if (rule.kind !== 'pattern' || typeof rule.pattern !== 'string') continue;
    const where = at(path, 'pattern');
    if (rule.pattern.length > LIMITS.patternChars) {
      fail(ctx, where, ctx.m.tooLong(rule.pattern.length, LIMITS.patternChars));
      continue;
    }
    const repeat = largestRepeat(rule.pattern);
    if (repeat > LIMITS.repeat) {
      fail(ctx, where, ctx.m.patternRepeat(repeat, LIMITS.repeat));
      continue;
    }
    const size = programSize(rule.pattern, rule.ignoreCase !== false);
    if (size === undefined) continue;
    program += size;
    if (size > LIMITS.program) fail(ctx, where, ctx.m.patternTooBig(size, LIMITS.program));
    else if (program > LIMITS.programTotal) fail(ctx, where, ctx.m.patternsTooBig(program, LIMITS.programTotal));
  }
  if (phrases > LIMITS.phrasesTotal) fail(ctx, ROOT, ctx.m.phrasesTooMany(phrases, LIMITS.phrasesTotal));

  countList('pressReleases', pack.pressReleases, LIMITS.releases);
  for (const [i, release] of objects(pack.pressReleases)) {
    for (const field of ['text', 'fingerprint']) {
      const v = has(release, field) ? release[field] : undefined;
      if (typeof v === 'string' && v.length > LIMITS.releaseChars) fail(ctx, at(item('pressReleases', i), field), ctx.m.tooLong(v.length, LIMITS.releaseChars));
    }
  }
  countList('tests', pack.tests, LIMITS.tests);
  for (const [i, test] of objects(pack.tests)) {
    if (typeof test.text === 'string' && test.text.length > LIMITS.testChars) fail(ctx, at(item('tests', i), 'text'), ctx.m.tooLong(test.text.length, LIMITS.testChars));
  }
}
