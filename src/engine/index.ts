// The engine's public face: everything outside src/engine imports from here.
export { analyse } from './analyse';
export { compilePack, type CompiledPack } from './pack/compile';
export { pickText } from './pack/text';
export type * from './types';
export type { Pack } from './pack/types';
export { postSignals } from './analyse';
