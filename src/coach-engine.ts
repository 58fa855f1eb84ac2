// The engine with the built-in detectors: what the content script, background, options page,
// CLI and scripts use. The engine itself (src/engine) is handed its rules and never imports
// src/rules, so detectors can import the engine without an import loop
// (tests/engine-boundary.test.ts holds that).
import { createEngine } from './engine/create';
import { RULES } from './rules';

export const coachEngine = createEngine(RULES);

export const { compilePack, validatePack, loadPack, runPackTests } = coachEngine;
/** Names a pack's `rules` may set with the built-in detectors. */
export const RULE_NAMES = coachEngine.ruleNames;
export { RULES, rulesWithModels, type ModelledLabel } from './rules';
export { analyse, postSignals, pickText } from './engine';
export type * from './engine/types';
export type { CompiledPack } from './engine/pack/compile';
export type { Pack } from './engine/pack/types';
export type { LoadResult, LoadOptions, PackError, PackTestFailure } from './engine/pack/load';
export type { PackTestResult } from './engine/pack/run-tests';
