// loadPack: JSON text or a parsed object in; a compiled pack whose tests pass out, or every
// reason why not. Never throws, so a broken pack can never replace the one in force.
import type { Rule } from '../rule';
import type { Lang } from '../types';
import { PROBE_STEPS } from './budget';
import { compilePack, type CompiledPack } from './compile';
import { findJsonProblem } from './json-error';
import { probePack } from './probe';
import { runPackTests, type PackTestFailure } from './run-tests';
import type { Pack } from './types';
import { validatePack, type PackError } from './validate';
import { packMessages, type Messages } from './validate-messages';
import { ROOT } from './validate-shape';

export type { PackError } from './validate';
export type { PackTestFailure } from './run-tests';

/** Generous for guidelines and a few dozen press releases; a URL source cannot flood storage. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

export interface LoadOptions {
  /** Language of the error messages. Default English. */
  lang?: Lang;
  maxBytes?: number;
  /** Run the pack's tests and examples (default true). Only authoring tools switch this off. */
  tests?: boolean;
}

export type LoadResult =
  | { ok: true; pack: Pack; compiled: CompiledPack; testsPassed: number }
  | { ok: false; errors: PackError[]; testFailures: PackTestFailure[] };

const refuse = (errors: PackError[], testFailures: PackTestFailure[] = []): LoadResult => ({ ok: false, errors, testFailures });

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function byteLength(text: string, limit: number): number {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so long strings need no encoding.
  return text.length > limit ? text.length : new TextEncoder().encode(text).length;
}

/** The parsed pack, or the errors that stop it: size, JSON syntax. */
function parse(json: unknown, m: Messages, limit: number): { value: unknown } | { errors: PackError[] } {
  let source: string;
  if (typeof json === 'string') source = json.replace(/^\uFEFF/, '');
  else {
    if (typeof json !== 'object' || json === null) return { value: json };
    try {
      source = JSON.stringify(json) ?? '';
    } catch {
      return { errors: [{ path: ROOT, message: m.notJson() }] };
    }
  }
  const size = byteLength(source, limit);
  if (size > limit) return { errors: [{ path: ROOT, message: m.tooLarge(formatSize(size), formatSize(limit)) }] };
  if (typeof json !== 'string') return { value: json };
  try {
    return { value: JSON.parse(source) as unknown };
  } catch {
    const problem = findJsonProblem(source);
    const message = problem ? m.jsonSyntax(problem.line, problem.column, problem.found, problem.expected) : m.notJson();
    return { errors: [{ path: ROOT, message }] };
  }
}

/** `rules`: the detectors to compile the pack with (the built-in ones come from src/coach-engine.ts). */
export function loadPack(json: unknown, rules: readonly Rule[], opts: LoadOptions = {}): LoadResult {
  const m = packMessages(opts.lang);
  try {
    const parsed = parse(json, m, opts.maxBytes ?? MAX_PACK_BYTES);
    if ('errors' in parsed) return refuse(parsed.errors);
    const valid = validatePack(parsed.value, rules, { lang: opts.lang });
    if (!valid.ok) return refuse(valid.errors);
    const compiled = compilePack(valid.pack, rules);
    // A pack that validates can still be slow as a whole; measured in counted steps, not time.
    const probe = probePack(compiled);
    if (probe.steps > PROBE_STEPS) {
      const path = probe.culprit === undefined ? ROOT : `custom[${probe.culprit}]`;
      return refuse([{ path, message: m.tooCostly(probe.steps, PROBE_STEPS) }]);
    }
    if (opts.tests === false) return { ok: true, pack: valid.pack, compiled, testsPassed: 0 };
    const tests = runPackTests(valid.pack, compiled);
    if (tests.failures.length > 0) {
      const errors = tests.failures.map((f) => ({
        path: f.path,
        message: f.rule === undefined ? m.testFailed(f.expected, f.got) : f.expected.length ? m.exampleShouldFire(f.rule) : m.exampleShouldPass(f.rule),
      }));
      return refuse(errors, tests.failures);
    }
    return { ok: true, pack: valid.pack, compiled, testsPassed: tests.passed };
  } catch (error) {
    return refuse([{ path: ROOT, message: m.compileFailed(error instanceof Error ? error.message : String(error)) }]);
  }
}
