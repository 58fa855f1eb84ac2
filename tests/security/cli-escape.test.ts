// A pack's text reaches the terminal through `posting-coach pack validate|test` and `check`.
// Control characters in it must show as \uXXXX, so that a pack cannot rub out its own errors
// and print "✓ valid" in their place.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../cli/capture-run';

afterEach(() => vi.restoreAllMocks());

const tmp = mkdtempSync(path.join(tmpdir(), 'pc-escape-'));
const write = (name: string, pack: unknown) => {
  const file = path.join(tmp, name);
  writeFileSync(file, JSON.stringify(pack));
  return file;
};

const FAKE_OK = '\r\u001b[2K\u001b[1A\u001b[2K✓ evil.json: a valid pack';
// Everything a terminal acts on, besides the line ends the CLI writes itself.
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const base = { format: 1, id: 'evil', name: 'Evil', version: '1', languages: ['en'] };

describe('control characters from packs', () => {
  it('an invalid pack cannot overwrite its errors with a fake "valid"', async () => {
    const file = write('evil.json', { ...base, [FAKE_OK]: 1 });
    const r = await runCli('pack', 'validate', file);
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).not.toMatch(CONTROL);
    expect(r.stderr).toContain('\\u001B[2K');
    // The fake verdict is on the error's line, after its path, not on a line of its own.
    expect(r.stderr.split('\n').some((line) => line.startsWith('✓'))).toBe(false);
  });

  it('a valid pack\'s name cannot start a new line or reverse the text', async () => {
    const file = write('name.json', { ...base, name: 'Evil\n✓ other.json: a valid pack\u202E' });
    const r = await runCli('pack', 'validate', file);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toContain('Evil\\u000A✓ other.json');
  });

  it('a custom rule\'s message is escaped in `check` output', async () => {
    const file = write('rule.json', { ...base, custom: [{ id: 'bell', kind: 'terms', terms: ['synergy'], message: 'Synergy\u0007\u001b[31m!' }] });
    const r = await runCli('check', 'We love synergy.', '--pack', file);
    expect(r.stdout).toContain('Synergy\\u0007\\u001B[31m!');
    expect(r.stdout).not.toMatch(CONTROL);
  });
});
