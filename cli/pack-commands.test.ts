import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFingerprint } from '../src/engine/nlp/fingerprint';
import { loadPack } from '../src/coach-engine';
import { runCli } from './capture-run';

const run = runCli;

afterEach(() => vi.restoreAllMocks());

const fixture = (name: string) => `tests/fixtures/packs/${name}.json`;
const tmp = mkdtempSync(path.join(tmpdir(), 'pc-pack-'));
function writePack(name: string, pack: unknown): string {
  const file = path.join(tmp, name);
  writeFileSync(file, typeof pack === 'string' ? pack : JSON.stringify(pack));
  return file;
}

describe('posting-coach pack validate', () => {
  it('accepts a valid pack with exit code 0', async () => {
    const r = await run('pack', 'validate', fixture('valid/custom-rules'));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('a valid pack ("Fixture: custom rules", fixture-custom-rules 1.0.0)');
  });

  it('lists every error of a broken pack with its path, exit code 1', async () => {
    const r = await run('pack', 'validate', fixture('invalid/wrong-types'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('11 problems');
    expect(r.stderr).toContain('  strategy.themes[1].id: "Wonen" may only contain lower-case letters, digits and dashes');
    expect(r.stderr).toContain('  rules.broadcasting.severity: must be one of info, nudge, warning, not "high"');
  });

  it('speaks Dutch with --lang nl', async () => {
    const r = await run('pack', 'validate', fixture('invalid/missing-required'), '--lang', 'nl');
    expect(r.stderr).toContain('4 problemen\n  format: is verplicht maar ontbreekt');
  });

  it('reports a JSON syntax error with line and column, and a missing file', async () => {
    expect((await run('pack', 'validate', fixture('invalid/not-json'))).stderr).toContain('(root): this is not valid JSON: at line 5, column 3');
    const missing = await run('pack', 'validate', path.join(tmp, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
  });

  it('does not run the tests: a pack with failing tests is still valid', async () => {
    expect((await run('pack', 'validate', fixture('invalid/failing-tests'))).code).toBe(0);
  });

  it('explains its usage on a wrong call, exit code 2', async () => {
    for (const argv of [['pack'], ['pack', 'validate'], ['pack', 'lint', 'x.json'], ['pack', 'validate', 'x.json', '--lang', 'de']]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('posting-coach pack validate P');
    }
  });
});

describe('posting-coach pack test', () => {
  it('passes a pack whose tests and examples pass', async () => {
    const r = await run('pack', 'test', fixture('valid/custom-rules'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('all 13 tests and examples pass');
  });

  it('shows each failure with its path and text, exit code 1', async () => {
    const r = await run('pack', 'test', fixture('invalid/failing-tests'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('✗ tests[0]: expected jargon, got nothing\n    "Wij werken samen."');
    expect(r.stderr).toContain('✗ tests[1]: expected no nudges or warnings, got jargon');
    expect(r.stderr).toContain('✗ custom[0].examples.fire[0]: should trigger "jargon", but did not');
    expect(r.stderr).toContain('✗ custom[0].examples.pass[0]: should not trigger "jargon", but it did');
    expect(r.stderr).toContain('4 of 4 tests and examples fail');
  });

  it('refuses to test an invalid pack', async () => {
    const r = await run('pack', 'test', fixture('invalid/bad-custom'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('custom[0].pattern: uses look-ahead or look-behind');
  });

  it('reports in Dutch with --lang nl', async () => {
    const r = await run('pack', 'test', fixture('invalid/failing-tests'), '--lang', 'nl');
    expect(r.stderr).toContain('✗ custom[0].examples.fire[0]: zou "jargon" moeten laten afgaan, maar deed dat niet');
    expect(r.stderr).toContain('4 van 4 tests en voorbeelden mislukken');
  });

  it('says so when a pack has nothing to test', async () => {
    const file = writePack('bare.json', { format: 1, id: 'bare', name: 'Bare', version: '1', languages: ['en'] });
    const r = await run('pack', 'test', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no tests or examples to run');
  });
});

describe('posting-coach pack fingerprint', () => {
  const text = 'De gemeente Dalzicht opent op 1 maart een nieuwe stadswinkel aan het Marktplein, met langere openingstijden en een balie voor ondernemers.';
  const pack = {
    format: 1,
    id: 'fp',
    name: 'FP',
    version: '1',
    languages: ['nl'],
    pressReleases: [{ id: 'pr-1', title: 'Stadswinkel', text, lang: 'nl' }, { id: 'pr-2', fingerprint: 'pcfp1.4.4:abc' }],
  };

  it('replaces each release text by its fingerprint and keeps everything else', async () => {
    const r = await run('pack', 'fingerprint', writePack('fp.json', pack));
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as typeof pack & { pressReleases: Record<string, unknown>[] };
    expect(Object.keys(printed.pressReleases[0]!)).toEqual(['id', 'title', 'fingerprint', 'lang']);
    expect(printed.pressReleases[0]!.text).toBeUndefined();
    expect(parseFingerprint(printed.pressReleases[0]!.fingerprint as string)?.size).toBeGreaterThan(3);
    expect(printed.pressReleases[1]).toEqual(pack.pressReleases[1]);
    expect(printed.name).toBe('FP');
    // The result is itself a pack that loads.
    expect(loadPack(r.stdout).ok).toBe(true);
  });

  it('refuses a broken pack instead of printing half a result', async () => {
    const r = await run('pack', 'fingerprint', writePack('broken.json', '{"format": 1'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('this is not valid JSON');
  });
});

describe('keyword hints in pack validate', () => {
  it('names English keywords whose irregular forms the engine will not match', async () => {
    const { keywordHints } = await import('./pack-commands');
    const hints = keywordHints({
      format: 1, id: 'x', name: 'X', version: '1', languages: ['en'],
      strategy: { themes: [{ id: 'kids', title: 'Kids', keywords: { en: ['child', 'school'] } }] },
    });
    expect(hints).toEqual([{ path: 'strategy.themes[0].keywords.en[0]', keyword: 'child', forms: ['children'] }]);
  });
});
