// harper.js (Automattic's WASM grammar checker) as the yardstick: a local linter that runs on
// every keystroke in editors, so "faster than harper on the same posts" is a fair bar.
import { readFileSync } from 'node:fs';
import { Dialect, LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';

export interface HarperLinter {
  lint(text: string): Promise<number>;
  setupMs: number;
  version: string;
}

export async function setupHarper(): Promise<HarperLinter> {
  const start = performance.now();
  // LocalLinter runs in this thread, like our engine; a WorkerLinter would add messaging time.
  const linter = new LocalLinter({ binary, dialect: Dialect.British });
  await linter.setup();
  const setupMs = performance.now() - start;
  const version = (JSON.parse(readFileSync('node_modules/harper.js/package.json', 'utf8')) as { version: string }).version;
  return {
    setupMs,
    version,
    lint: async (text) => (await linter.lint(text, { language: 'plaintext' })).length,
  };
}
