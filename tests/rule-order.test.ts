// The order in which the engine is handed its rules changes nothing: every rule reports its own
// scores and praise, and facts two rules need (the strategy facts, the copy of a release) are
// computed by the context, whichever rule asks first. Checked on the dev corpus, our held-out
// posts and posts pasted from each pack's own releases, in reversed and shuffled orders.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, compilePack, type Pack, type Report } from '../src/engine';
import { RULES } from '../src/coach-engine';
import type { Rule } from '../src/engine/rule';

interface Post {
  org: string;
  text: string;
  reply?: boolean;
  site?: string;
}

const CORPORA = [path.resolve('../shared/corpus/dev.jsonl'), path.resolve('tests/corpus/holdout.jsonl')];
const readPosts = (file: string): Post[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Post);
const corpus = CORPORA.filter((f) => existsSync(f)).flatMap(readPosts);
const packOf = (org: string): Pack => JSON.parse(readFileSync(path.resolve('packs', `${org}.json`), 'utf8')) as Pack;
const orgs = [...new Set(corpus.map((p) => p.org))].filter((o) => existsSync(path.resolve('packs', `${o}.json`))).sort();

/** Posts that paste the start of each of the pack's own releases, with a line of comment. */
const releasePastes = (org: string): Post[] =>
  (packOf(org).pressReleases ?? []).flatMap((r) =>
    typeof r.text === 'string' ? [{ org, text: `${r.text.split(/\s+/).slice(0, 70).join(' ')}\n\nWhat do you think?` }, { org, reply: true, text: r.text.split(/\s+/).slice(0, 30).join(' ') }] : [],
  );

/** A seeded shuffle, so a failure can be repeated. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const ORDERS: [string, readonly Rule[]][] = [
  ['reversed', [...RULES].reverse()],
  ['shuffled 1', shuffled(RULES, 1)],
  ['shuffled 2', shuffled(RULES, 2026)],
];

describe('rule order', () => {
  it('has posts to check', () => {
    expect(orgs.length).toBeGreaterThanOrEqual(3);
    expect(corpus.length).toBeGreaterThanOrEqual(60);
  });

  for (const org of orgs) {
    it(`${org}: every order gives the same findings, praise and scores`, () => {
      const pack = packOf(org);
      const posts = [...corpus.filter((p) => p.org === org), ...releasePastes(org)];
      const reference = compilePack(pack, RULES);
      const others = ORDERS.map(([name, rules]) => [name, compilePack(pack, rules)] as const);
      let differing = 0;
      for (const post of posts) {
        // Thorough: every finding, info tips included, so nothing is filtered away.
        for (const intensity of ['thorough'] as const) {
          const input = { text: post.text, reply: post.reply, site: post.site, intensity };
          const expected: Report = analyse(input, reference);
          for (const [name, compiled] of others) {
            const got = analyse(input, compiled);
            if (JSON.stringify(got) !== JSON.stringify(expected)) differing++;
            expect(got, `${name}: ${post.text.slice(0, 60)}`).toEqual(expected);
          }
        }
      }
      expect(differing).toBe(0);
    });
  }

  it('a pasted release keeps "no theme fits" quiet in every order', () => {
    // The copy check is a fact: no-theme-fit sees it even when it runs before press-release.
    const org = orgs[0]!;
    const paste = releasePastes(org)[0]!;
    const noFitFirst = [...RULES].sort((a, b) => (a.id === 'no-theme-fit' ? -1 : b.id === 'no-theme-fit' ? 1 : 0));
    const report = analyse({ text: paste.text, intensity: 'thorough' }, compilePack(packOf(org), noFitFirst));
    expect(report.findings.map((f) => f.rule)).toContain('press-release');
    expect(report.findings.map((f) => f.rule)).not.toContain('no-theme-fit');
  });
});
