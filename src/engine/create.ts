// The engine bound to a set of detectors. The engine never imports src/rules: whoever uses it
// hands it the rules (src/coach-engine.ts hands the built-in ones; training hands the same
// detectors with other models; tests hand fakes).
import type { Rule } from './rule';
import { compilePack, type CompiledPack } from './pack/compile';
import { loadPack, type LoadOptions, type LoadResult } from './pack/load';
import { runPackTests, type PackTestResult } from './pack/run-tests';
import type { Pack } from './pack/types';
import { ruleNames, validatePack, type ValidateOptions, type ValidateResult } from './pack/validate';

export interface Engine {
  readonly rules: readonly Rule[];
  /** Names a pack's `rules` may set: rule ids and the categories that group several rules. */
  readonly ruleNames: readonly string[];
  compilePack(pack: Pack): CompiledPack;
  validatePack(json: unknown, opts?: ValidateOptions): ValidateResult;
  loadPack(json: unknown, opts?: LoadOptions): LoadResult;
  /** The pack's tests, on its compiled form when the caller has one. */
  runPackTests(pack: Pack, compiled?: CompiledPack): PackTestResult;
}

export function createEngine(rules: readonly Rule[]): Engine {
  const compile = (pack: Pack) => compilePack(pack, rules);
  return {
    rules,
    ruleNames: ruleNames(rules),
    compilePack: compile,
    validatePack: (json, opts) => validatePack(json, rules, opts),
    loadPack: (json, opts) => loadPack(json, rules, opts),
    runPackTests: (pack, compiled) => runPackTests(pack, compiled ?? compile(pack)),
  };
}
