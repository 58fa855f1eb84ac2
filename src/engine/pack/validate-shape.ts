// Small composable checkers for the pack validator. Each one records every problem it finds
// with the readable JSON path ("strategy.themes[2].keywords.nl") and never throws.
import type { Messages } from './validate-messages';

export interface PackError {
  path: string;
  message: string;
}

export interface Ctx {
  errors: PackError[];
  m: Messages;
}

export type Check = (ctx: Ctx, path: string, value: unknown) => void;

export const ROOT = '(root)';
export const at = (path: string, key: string) => (path === ROOT || path === '' ? key : `${path}.${key}`);
export const item = (path: string, index: number) => `${path}[${index}]`;

/** Validation stops after this many problems, so a huge broken pack costs no more than a small one. */
export const MAX_ERRORS = 100;

/** Thrown by fail() once MAX_ERRORS problems are recorded; validatePack catches it. */
export class TooManyErrors extends Error {}

export function fail(ctx: Ctx, path: string, message: string): void {
  ctx.errors.push({ path: path || ROOT, message });
  if (ctx.errors.length >= MAX_ERRORS) throw new TooManyErrors();
}

/** An own property: "constructor" or "toString" in a pack are its own keys, never Object.prototype's. */
export const has = (v: object, key: string): boolean => Object.prototype.hasOwnProperty.call(v, key);

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const ID = /^[a-z0-9][a-z0-9-]*$/;
const LANG_KEY = /^[a-z]{2,3}$/;

export const str: Check = (ctx, path, v) => {
  if (typeof v !== 'string') fail(ctx, path, ctx.m.notString());
  else if (!v.trim()) fail(ctx, path, ctx.m.emptyString());
};

/** A string that may be empty (e.g. an example the author still has to fill in is not our business). */
export const anyStr: Check = (ctx, path, v) => {
  if (typeof v !== 'string') fail(ctx, path, ctx.m.notString());
};

export const id: Check = (ctx, path, v) => {
  if (typeof v !== 'string') fail(ctx, path, ctx.m.notString());
  else if (!ID.test(v)) fail(ctx, path, ctx.m.id(v));
};

export const bool: Check = (ctx, path, v) => {
  if (typeof v !== 'boolean') fail(ctx, path, ctx.m.notBoolean());
};

export const oneOf =
  (allowed: readonly string[]): Check =>
  (ctx, path, v) => {
    if (typeof v !== 'string' || !allowed.includes(v)) fail(ctx, path, ctx.m.oneOf(allowed, v));
  };

export const num =
  (min: number, max: number): Check =>
  (ctx, path, v) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) fail(ctx, path, ctx.m.notNumber(min, max));
  };

export const int =
  (min: number): Check =>
  (ctx, path, v) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) fail(ctx, path, ctx.m.notInteger(min));
  };

export const list =
  (each: Check): Check =>
  (ctx, path, v) => {
    if (!Array.isArray(v)) return fail(ctx, path, ctx.m.notList());
    v.forEach((entry, i) => each(ctx, item(path, i), entry));
  };

/** One value per language code: {"nl": …, "en": …}. */
export const perLang =
  (each: Check): Check =>
  (ctx, path, v) => {
    if (!isObject(v)) return fail(ctx, path, ctx.m.notObject());
    for (const [lang, entry] of Object.entries(v)) {
      if (!LANG_KEY.test(lang)) fail(ctx, at(path, lang), ctx.m.langKey(lang));
      else each(ctx, at(path, lang), entry);
    }
  };

/** TEXT: a plain string or one string per language. */
export const text: Check = (ctx, path, v) => {
  if (typeof v === 'string') return str(ctx, path, v);
  if (!isObject(v)) return fail(ctx, path, ctx.m.text());
  if (Object.keys(v).length === 0) return fail(ctx, path, ctx.m.textEmpty());
  perLang(str)(ctx, path, v);
};

export interface Shape {
  fields: Record<string, Check>;
  required?: readonly string[];
}

/** An object with known fields only; keys starting with "$" are notes ("$schema", "$comment"). */
export const obj =
  (shape: Shape): Check =>
  (ctx, path, v) => {
    if (!isObject(v)) return fail(ctx, path, path === ROOT ? ctx.m.rootNotObject() : ctx.m.notObject());
    for (const name of shape.required ?? []) if (!has(v, name)) fail(ctx, at(path, name), ctx.m.required());
    for (const [name, value] of Object.entries(v)) {
      const check = has(shape.fields, name) ? shape.fields[name] : undefined;
      if (check) check(ctx, at(path, name), value);
      else if (!name.startsWith('$')) fail(ctx, at(path, name), ctx.m.unknownField(name, closest(name, Object.keys(shape.fields))));
    }
  };

/** The known name a typo most likely meant, if one is close. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
