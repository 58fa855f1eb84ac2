// The engine's public face. The engine is handed its detectors (compilePack(pack, rules),
// createEngine(rules)); src/coach-engine.ts binds the built-in ones for the rest of the code.
export { analyse } from './analyse';
export { compilePack, type CompiledPack } from './pack/compile';
export { createEngine, type Engine } from './create';
export { pickText } from './pack/text';
export type * from './types';
export type { Pack } from './pack/types';
export { postSignals } from './analyse';
