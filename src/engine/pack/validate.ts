// validatePack: every problem of a pack at once, each with its JSON path, in plain words
// (Dutch or English). Hand-written rather than a JSON-Schema runtime: friendlier messages and
// no dependency in the extension. tests/packs.test.ts keeps schema/pack.schema.json in step.
import { CUSTOM_CATEGORIES, KIND_NAMES } from '../kinds';
import { patternProblem } from '../kinds/pattern';
import { isFingerprint } from '../nlp/fingerprint';
import { tokenize } from '../text';
import type { Lang } from '../types';
import type { Rule } from '../rule';
import type { Pack, PackCustomRule, PackPressRelease, PackTest, PackTheme } from './types';
import { packMessages } from './validate-messages';
import { checkReferences } from './validate-refs';
import { checkBudget, checkSize } from './budget';
import { anyStr, at, bool, closest, fail, has, id, int, isObject, list, num, obj, oneOf, perLang, ROOT, str, text, TooManyErrors, MAX_ERRORS, type Check, type Ctx, type PackError } from './validate-shape';

export type { PackError } from './validate-shape';

export const PACK_LANGUAGES = ['nl', 'en'] as const;
export const SEVERITIES = ['info', 'nudge', 'warning'] as const;
/**
 * Names a pack's `rules` may set, given the detectors the engine was handed: every built-in rule id, and each category that groups several
 * rules (`off-strategy` sets all its siblings at once; see compile.ts).
 */
export function ruleNames(rules: readonly Rule[]): string[] {
  return [...new Set(rules.flatMap((r) => (r.category === r.id ? [r.id] : [r.category, r.id])))];
}

const lang = oneOf(PACK_LANGUAGES);
const severity = oneOf(SEVERITIES);

// `satisfies Record<keyof …>`: a field added to the Pack types fails the type check here
// until the validator (and schema/pack.schema.json) learn it too.
const themeFields = {
  id,
  title: text,
  description: text,
  keywords: perLang(list(str)),
  examples: list(obj({ fields: { lang, text: str }, required: ['text'] })),
} satisfies Record<Exclude<keyof PackTheme, 'personal'>, Check>;
const themeLike = obj({ fields: themeFields, required: ['id', 'title'] });
// Only subjects to avoid can be someone's personal case (see off-strategy).
const avoidLike = obj({ fields: { ...themeFields, personal: bool } satisfies Record<keyof PackTheme, Check>, required: ['id', 'title'] });

const ruleSettings = obj({ fields: { severity, principle: id, message: text, suggestion: text } });

const rulesCheck = (names: readonly string[]): Check => (ctx, path, v) => {
  if (!isObject(v)) return fail(ctx, path, ctx.m.notObject());
  for (const [name, setting] of Object.entries(v)) {
    const where = at(path, name);
    if (name.startsWith('$')) continue;
    if (!names.includes(name)) fail(ctx, where, ctx.m.unknownRule(name, names, closestRule(name, names)));
    else if (setting !== 'off' && !isObject(setting)) fail(ctx, where, ctx.m.ruleSetting());
    else if (setting !== 'off') ruleSettings(ctx, where, setting);
  }
};

/** "selfpromotion", "Self_Promotion" and "press" all point to a built-in rule. */
function closestRule(name: string, names: readonly string[]): string | undefined {
  const plain = name.toLowerCase().replace(/[^a-z]/g, '');
  if (plain.length < 3) return undefined;
  return names.find((r) => r.replace(/-/g, '') === plain || r.startsWith(plain.slice(0, 5))) ?? closest(name, names);
}

const customShape = obj({
  fields: {
    id,
    kind: oneOf(KIND_NAMES),
    lang,
    terms: list(str),
    pattern: str,
    ignoreCase: bool,
    severity,
    category: oneOf(CUSTOM_CATEGORIES),
    message: text,
    suggestion: text,
    principle: id,
    examples: obj({ fields: { fire: list(anyStr), pass: list(anyStr) } }),
  } satisfies Record<keyof PackCustomRule, Check>,
  required: ['id', 'kind', 'message'],
});

/** Kind-specific data: terms need words, patterns must compile on RE2. */
const customRule: Check = (ctx, path, v) => {
  customShape(ctx, path, v);
  if (!isObject(v)) return;
  const other = v.kind === 'terms' ? 'pattern' : 'terms';
  if (v.kind === 'terms' || v.kind === 'pattern') {
    if (!has(v, v.kind)) fail(ctx, at(path, v.kind), ctx.m.kindNeeds(v.kind, v.kind));
    if (has(v, other)) fail(ctx, at(path, other), ctx.m.notForKind(other, other));
    if (v.kind === 'terms' && has(v, 'ignoreCase')) fail(ctx, at(path, 'ignoreCase'), ctx.m.notForKind('ignoreCase', 'pattern'));
  }
  if (v.kind === 'terms' && Array.isArray(v.terms)) {
    if (v.terms.length === 0) fail(ctx, at(path, 'terms'), ctx.m.termsEmpty());
    v.terms.forEach((term, i) => {
      if (typeof term === 'string' && term.trim() && tokenize(term, 'other').length === 0) fail(ctx, `${at(path, 'terms')}[${i}]`, ctx.m.termNoWords(term));
    });
  }
  if (v.kind === 'pattern' && typeof v.pattern === 'string' && v.pattern.trim()) {
    const problem = patternProblem(v.pattern, v.ignoreCase !== false);
    if (problem?.kind === 'lookaround') fail(ctx, at(path, 'pattern'), ctx.m.patternLookaround());
    else if (problem?.kind === 'backref') fail(ctx, at(path, 'pattern'), ctx.m.patternBackref());
    else if (problem) fail(ctx, at(path, 'pattern'), ctx.m.patternInvalid(problem.detail));
  }
};

const date: Check = (ctx, path, v) => {
  if (typeof v !== 'string') return fail(ctx, path, ctx.m.notString());
  if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(v)) fail(ctx, path, ctx.m.date(v));
};

const fingerprint: Check = (ctx, path, v) => {
  if (typeof v !== 'string') fail(ctx, path, ctx.m.notString());
  else if (!isFingerprint(v)) fail(ctx, path, ctx.m.fingerprint());
};

const releaseShape = obj({ fields: { id, title: str, date, lang, text: str, fingerprint } satisfies Record<keyof PackPressRelease, Check>, required: ['id'] });
const release: Check = (ctx, path, v) => {
  releaseShape(ctx, path, v);
  if (isObject(v) && !has(v, 'text') && !has(v, 'fingerprint')) fail(ctx, path, ctx.m.releaseNeedsText());
};

const packShape = (names: readonly string[]) => obj({
  fields: {
    format: (ctx, path, v) => v !== 1 && fail(ctx, path, ctx.m.format(v)),
    id,
    name: str,
    version: str,
    languages: (ctx, path, v) => {
      list(lang)(ctx, path, v);
      if (Array.isArray(v) && v.length === 0) fail(ctx, path, ctx.m.languagesEmpty());
    },
    description: text,
    organisation: obj({ fields: { name: str, aliases: list(str), handles: list(str) } }),
    guidelines: obj({
      fields: {
        why: text,
        principles: list(obj({ fields: { id, title: text, text }, required: ['id', 'title', 'text'] })),
        do: list(text),
        dont: list(text),
        spokespeople: text,
        contact: text,
      },
    }),
    strategy: obj({
      fields: { goals: list(obj({ fields: { id, title: text, description: text }, required: ['id', 'title'] })), themes: list(themeLike), avoid: list(avoidLike), reserved: list(themeLike) },
    }),
    pressReleases: list(release),
    rules: rulesCheck(names),
    custom: list(customRule),
    tests: list(
      obj({
        fields: { text: anyStr, lang, site: str, reply: bool, role: oneOf(['employee', 'spokesperson']), expect: list(str) } satisfies Record<keyof PackTest, Check>,
        required: ['text', 'expect'],
      }),
    ),
    intensity: oneOf(['gentle', 'normal', 'thorough']),
    confidential: obj({ fields: { terms: list(str) } }),
    history: obj({ fields: { privacy: oneOf(['none', 'excerpt', 'text']), retentionDays: int(0), maxEvents: int(0) } }),
    promotionNorm: num(0, 1),
  } satisfies Record<keyof Pack, Check>,
  required: ['format', 'id', 'name', 'version', 'languages'],
});

export interface ValidateOptions {
  /** Language of the messages; paths and field names stay as written. */
  lang?: Lang;
}

export type ValidateResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

/** Every problem of a pack; `rules` are the detectors the pack's `rules` settings may name. */
export function validatePack(json: unknown, rules: readonly Rule[], opts: ValidateOptions = {}): ValidateResult {
  const ctx: Ctx = { errors: [], m: packMessages(opts.lang) };
  const names = ruleNames(rules);
  try {
    // Size and depth first: the shape checks below may then walk the pack freely.
    if (checkSize(ctx, json)) {
      packShape(names)(ctx, ROOT, json);
      if (isObject(json)) checkReferences(ctx, json, names);
      if (isObject(json)) checkBudget(ctx, json);
    }
  } catch (error) {
    // A checker bug must not take the caller down; report it like any other problem.
    if (error instanceof TooManyErrors) ctx.errors.push({ path: ROOT, message: ctx.m.tooManyErrors(MAX_ERRORS) });
    else ctx.errors.push({ path: ROOT, message: ctx.m.compileFailed(error instanceof Error ? error.message : String(error)) });
  }
  return ctx.errors.length === 0 ? { ok: true, pack: json as Pack } : { ok: false, errors: ctx.errors };
}
