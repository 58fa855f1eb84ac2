import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './capture-run';

const run = runCli;

afterEach(() => vi.restoreAllMocks());

const PACK = 'tests/fixtures/packs/valid/custom-rules.json';
const POST = 'Hallo allemaal 👋🏽\nWij kiezen voor een integrale aanpak. Bel 020-1234567!';

describe('posting-coach check', () => {
  it('prints each finding as line:col severity rule message, with the marked text, why and suggestion, labelled in the post language', async () => {
    const r = await run('check', POST, '--pack', PACK);
    expect(r.code).toBe(0);
    // Columns count characters: the emoji on line 1 does not shift line 2.
    expect(r.stdout).toContain('2:43  warning  phone-number  Een telefoonnummer in een bericht?\n    "020-1234567"\n    probeer: Verwijs naar de website.\n');
    expect(r.stdout).toContain('2:21  info     jargon  Dit is vakjargon.\n    "integrale aanpak"\n    waarom: Gewone woorden: Schrijf zoals u praat.\n    probeer: Zeg wat u concreet doet.\n');
    expect(r.stdout).toContain('2 bevindingen (taal: nl).');
    const en = await run('check', 'Call 0301234567 today', '--pack', PACK, '--lang', 'en');
    expect(en.stdout).toContain('1:6  warning  phone-number  A phone number in a post?\n    "0301234567"\n    try: Point to the website.\n1 finding (language: en).');
  });

  it('prints the report as JSON with line and column on every span', async () => {
    const r = await run('check', POST, '--pack', PACK, '--json');
    const report = JSON.parse(r.stdout) as { language: string; findings: { rule: string; line: number; column: number; spans: { start: number; end: number; line: number; column: number; endLine: number; endColumn: number }[] }[] };
    expect(report.language).toBe('nl');
    const phone = report.findings.find((f) => f.rule === 'phone-number')!;
    expect(phone).toMatchObject({ line: 2, column: 43 });
    expect(phone.spans[0]).toMatchObject({ line: 2, column: 43, endLine: 2, endColumn: 54 });
    expect(POST.slice(phone.spans[0]!.start, phone.spans[0]!.end)).toBe('020-1234567');
  });

  it('reads the post from a file and honours --lang, --intensity and --reply', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pc-check-'));
    const file = path.join(dir, 'post.txt');
    writeFileSync(file, POST);
    const all = await run('check', '--file', file, '--pack', PACK, '--json');
    expect((JSON.parse(all.stdout) as { findings: unknown[] }).findings).toHaveLength(2);
    // The jargon rule is Dutch only; forcing English skips it.
    const en = await run('check', '--file', file, '--pack', PACK, '--lang', 'en', '--json');
    expect((JSON.parse(en.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toEqual(['phone-number']);
    // At the 'gentle' intensity users only see warnings.
    const gentle = await run('check', POST, '--pack', PACK, '--intensity', 'gentle');
    expect(gentle.stdout).not.toContain('jargon');
    expect((await run('check', 'Dank voor uw vraag!', '--pack', PACK, '--reply', '--site', 'x')).stdout).toContain('Geen bevindingen');
  });

  it('exits 1 with --fail-on when a finding reaches that severity, 0 otherwise', async () => {
    expect((await run('check', POST, '--pack', PACK, '--fail-on', 'warning')).code).toBe(1);
    expect((await run('check', 'Wij kiezen een integrale aanpak.', '--pack', PACK, '--lang', 'nl', '--fail-on', 'warning')).code).toBe(0);
    expect((await run('check', 'Wij kiezen een integrale aanpak.', '--pack', PACK, '--lang', 'nl', '--fail-on', 'info')).code).toBe(1);
  });

  it('uses the bundled default pack without --pack', async () => {
    const r = await run('check', 'What do you think of our new library hours?', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('findings');
  });

  it('refuses a broken pack with every error and exit code 1', async () => {
    const r = await run('check', 'Hallo', '--pack', 'tests/fixtures/packs/invalid/bad-references.json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('5 problems');
    expect(r.stderr).toContain('  tests[0].expect[0]: "dialoog" is not a built-in rule');
  });

  it('refuses a pack whose own tests fail', async () => {
    const r = await run('check', 'Hallo', '--pack', 'tests/fixtures/packs/invalid/failing-tests.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tests[0]: expected jargon to fire, but got nothing');
  });

  it('explains its usage on bad options, exit code 2', async () => {
    for (const argv of [['check', 'x', '--role', 'boss'], ['check', 'x', '--lang', 'fr'], ['check', 'x', '--fail-on', 'loud'], ['check', '--file', '/nonexistent/post.txt']]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
    }
  });

  it('reads standard input through the installed bin', () => {
    const bin = path.resolve(import.meta.dirname, 'posting-coach.mjs');
    const result = spawnSync(process.execPath, [bin, 'check', '-', '--pack', PACK], { input: 'Veel synergie hier, bel 0301234567', encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/1:\d+ +warning +phone-number/);
    expect(result.stdout).toContain('jargon');
  });

  it('stops quietly when its reader closes the pipe early, as with `| head`', async () => {
    const bin = path.resolve(import.meta.dirname, 'posting-coach.mjs');
    const child = spawn(process.execPath, [bin, 'eval', '--corpus', 'tests/corpus/new-orgs.jsonl', '--packs', 'tests/corpus/packs'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
