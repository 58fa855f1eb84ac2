// The phrase lists kept as data (src/**/nl.ts, en.ts) carry an example post beside every entry, for
// the tests that walk them. The browser never reads those examples, so the extension's build and
// the bundle-size bench drop them: a fifth of the engine's bytes otherwise.

/** Data files: one language's lists in a folder of the engine or a rule. */
export const DATA_FILE = /[\\/]src[\\/](?:engine|rules)[\\/].*[\\/](?:nl|en)\.ts$/;

// `, example: '…'` (single, double or back quotes, escapes included) after another property.
const EXAMPLE = /,\s*example:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)/g;

/** The source without its entries' examples; everything else as it was. */
export function stripExamples(source: string): string {
  return source.replace(EXAMPLE, '');
}
