// Reading a pack file for the CLI commands, and printing why a pack was refused.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPack, type LoadResult, type PackError } from '../src/coach-engine';
import type { Lang } from '../src/engine/types';
import { escapeControl } from './escape';
import { cliMessages } from './messages';

export const DEFAULT_PACK = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../packs/default.json');

/** The file's text, or the reason it could not be read (a missing file is a pack error too). */
export function readPackText(file: string): { text: string } | { error: string } {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? `no such file: ${file}` : code === 'EISDIR' ? `${file} is a folder, not a pack file` : String(error) };
  }
}

export function loadPackFile(file: string, opts: { lang?: Lang; tests?: boolean } = {}): LoadResult {
  const read = readPackText(file);
  if ('error' in read) return { ok: false, errors: [{ path: '(root)', message: read.error }], testFailures: [] };
  return loadPack(read.text, opts);
}

export function printPackErrors(file: string, errors: readonly PackError[], out: (s: string) => void, lang?: Lang): void {
  out(`✗ ${file}: ${cliMessages(lang).problems(errors.length)}\n`);
  for (const e of errors) out(`  ${escapeControl(e.path)}: ${escapeControl(e.message)}\n`);
}

export function langFlag(value: string | undefined): Lang | undefined | 'invalid' {
  if (value === undefined) return undefined;
  return value === 'nl' || value === 'en' ? value : 'invalid';
}
