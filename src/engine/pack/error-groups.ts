// A broken pack's problems, root causes first: a problem that only exists because of another
// one is listed under it ("this also breaks: …") instead of beside it. A principle whose id is
// missing or malformed makes every `principle` reference to it fail; a custom rule whose id is
// broken makes every test that expects it fail; a list that is not a list breaks every reference
// into it; a custom rule whose own examples fail takes the pack's tests that expect it down too.
// Works on the validator's paths and the pack as parsed, so the validator itself stays as it is.
import { closest, type PackError } from './validate-shape';
import type { PackTestFailure } from './run-tests';

export interface ErrorGroup {
  cause: PackError;
  /** Problems that follow from the cause and go away with it. */
  consequences: PackError[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A reference from one place of the pack to an entry of a list elsewhere. */
interface Reference {
  /** The list the name should be found in. */
  list: 'principles' | 'custom';
  name: unknown;
}

const PRINCIPLE_REF = /^(rules\.[^.[\]]+|custom\[\d+\])\.principle$/;
const EXPECT_REF = /^tests\[\d+\]\.expect\[\d+\]$/;

/** The value at a validator path such as `custom[2].principle` or `tests[0].expect[1]`. */
function valueAt(pack: unknown, path: string): unknown {
  let value = pack;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (Array.isArray(value) && /^\d+$/.test(part)) value = value[Number(part)];
    else if (isObject(value) && Object.prototype.hasOwnProperty.call(value, part)) value = value[part];
    else return undefined;
  }
  return value;
}

function referenceOf(error: PackError, pack: unknown): Reference | undefined {
  if (PRINCIPLE_REF.test(error.path)) return { list: 'principles', name: valueAt(pack, error.path) };
  if (EXPECT_REF.test(error.path)) return { list: 'custom', name: valueAt(pack, error.path) };
  return undefined;
}

const LIST_PATH = { principles: 'guidelines.principles', custom: 'custom' } as const;

/** The error that breaks the list itself (or what holds it), if any. */
function brokenList(errors: readonly PackError[], list: Reference['list']): PackError | undefined {
  const path = LIST_PATH[list];
  const holders = list === 'principles' ? [path, 'guidelines'] : [path];
  return errors.find((e) => holders.includes(e.path));
}

/** The errors on an entry's id (missing, malformed, or a typo'd field holding it), by entry. */
function brokenIds(errors: readonly PackError[], list: Reference['list'], pack: unknown): { error: PackError; id: unknown }[] {
  const entry = new RegExp(`^${LIST_PATH[list].replace(/[.[\]]/g, '\\$&')}\\[(\\d+)\\](?:\\.id)?$`);
  return errors.flatMap((error) => {
    const m = entry.exec(error.path);
    // An entry that is not an object has no id either.
    return m ? [{ error, id: valueAt(pack, `${LIST_PATH[list]}[${m[1]}].id`) }] : [];
  });
}

/**
 * Which broken entry a reference most likely meant: the one with that very (malformed) id, else
 * one with a close id, else the only one without an id at all. None when it can't be told.
 */
function causeOf(ref: Reference, errors: readonly PackError[], pack: unknown): PackError | undefined {
  const list = brokenList(errors, ref.list);
  if (list) return list;
  const broken = brokenIds(errors, ref.list, pack);
  const named = broken.filter((b): b is { error: PackError; id: string } => typeof b.id === 'string');
  if (typeof ref.name === 'string') {
    const exact = named.find((b) => b.id === ref.name);
    if (exact) return exact.error;
    const near = closest(ref.name, named.map((b) => b.id));
    if (near !== undefined) return named.find((b) => b.id === near)!.error;
  }
  const unnamed = broken.filter((b) => typeof b.id !== 'string');
  return unnamed.length === 1 ? unnamed[0]!.error : undefined;
}

/**
 * Groups validation errors (and, for a pack that validated, its failing tests) by root cause.
 * Causes keep the validator's order, those that break something else first; every error
 * appears exactly once.
 */
export function groupPackErrors(errors: readonly PackError[], pack: unknown, testFailures: readonly PackTestFailure[] = []): ErrorGroup[] {
  const groups = new Map<PackError, PackError[]>();
  const under = new Map<PackError, PackError>();
  for (const error of errors) {
    const ref = referenceOf(error, pack);
    const cause = ref && causeOf(ref, errors, pack);
    if (cause && cause !== error && !under.has(cause)) under.set(error, cause);
  }
  // A test that expects a custom rule whose own examples fail goes down with that rule.
  const failingRules = new Map<string, PackError>();
  for (const f of testFailures) {
    if (f.rule === undefined || f.expected.length === 0) continue;
    const error = errors.find((e) => e.path === f.path);
    if (error && !failingRules.has(f.rule)) failingRules.set(f.rule, error);
  }
  for (const f of testFailures) {
    if (f.rule !== undefined) continue;
    const missing = f.expected.filter((name) => !f.got.includes(name));
    const cause = missing.map((name) => failingRules.get(name)).find((e) => e !== undefined);
    const error = errors.find((e) => e.path === f.path);
    if (cause && error && !under.has(error)) under.set(error, cause);
  }
  for (const error of errors) {
    if (under.has(error)) continue;
    groups.set(error, []);
  }
  for (const [error, cause] of under) groups.get(cause)?.push(error);
  const list = [...groups].map(([cause, consequences]) => ({ cause, consequences }));
  // Root causes that break other things first; otherwise the validator's order (stable sort).
  return list.sort((a, b) => Number(b.consequences.length > 0) - Number(a.consequences.length > 0));
}
