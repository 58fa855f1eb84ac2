// Item 10: the test hooks (the page-readable state query, postingCoachPolicy in the service
// worker) are absent from a production build. Builds into a temporary folder, once.
import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let out = '';
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.js') || full.endsWith('.html') ? [full] : [];
  });
}

describe('a production build', () => {
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'posting-coach-prod-'));
    const env: NodeJS.ProcessEnv = { ...process.env, POSTING_COACH_OUT: out };
    delete env.POSTING_COACH_TEST_HOOKS;
    execSync('npx wxt build', { env, stdio: 'pipe' });
  }, 240_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('carries no test hook', () => {
    const built = files(path.join(out, 'chrome-mv3'));
    expect(built.length).toBeGreaterThan(3);
    for (const file of built) {
      const text = readFileSync(file, 'utf8');
      const found = ['postingCoachPolicy', 'posting-coach:test-query', 'postingCoachTestHook'].filter((needle) => text.includes(needle));
      expect(found, path.relative(out, file)).toEqual([]);
    }
  });

  it('ships the phrase lists without the example posts the tests walk', () => {
    const coach = readFileSync(path.join(out, 'chrome-mv3', 'coach.js'), 'utf8');
    // An entry of src/rules/confidential/nl.ts: its phrase is in, its example is not.
    expect(coach).toContain('intern (?:document|stuk|memo)');
    expect(coach).not.toContain('Dit is een intern stuk, dus even onder ons.');
  });

  it('opens the coach’s shadow root closed', () => {
    const coach = readFileSync(path.join(out, 'chrome-mv3', 'coach.js'), 'utf8');
    expect(coach).not.toMatch(/attachShadow\(\{\s*mode:\s*"open"/);
  });
});
