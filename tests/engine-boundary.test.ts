// The engine is handed its detectors; it never imports them. If a file under src/engine reached
// src/rules (directly or through other files), rules importing the engine would close an
// import loop again, and the engine could no longer run with other detectors (training's
// refitted models, a test's fakes). Only src/coach-engine.ts joins the two.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, isSource, isTest, listFiles, resolveImport, ROOT } from './helpers/source-scan';

const parsed = new Map<string, string[]>();
const importsCached = (file: string) => parsed.get(file) ?? parsed.set(file, importsOf(file)).get(file)!;

/** The repo file a relative import names, or undefined for packages and JSON. */
function target(file: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolveImport(file, spec).replace(/\.(ts|tsx|js)$/, '');
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => existsSync(path.join(ROOT, f)));
}

/** Every source file reached from `entry`, with the chain of imports that reached it. */
function reached(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    for (const spec of importsCached(file)) {
      const next = target(file, spec);
      if (next && !chains.has(next)) {
        chains.set(next, [...chains.get(file)!, next]);
        queue.push(next);
      }
    }
  }
  return chains;
}

const outside = (f: string) => f.startsWith('src/rules/') || f === 'src/coach-engine.ts';
const ENGINE = listFiles('src/engine').filter(isSource);

describe('the engine does not import its detectors', () => {
  it('the import walk sees real imports (so an empty result means something)', () => {
    const files = reached('src/engine/index.ts');
    expect(files.has('src/engine/analyse.ts')).toBe(true);
    expect(files.has('src/engine/pack/compile.ts')).toBe(true);
    // The walk does reach src/rules from the module that binds the built-in rules.
    expect([...reached('src/coach-engine.ts').keys()].some((f) => f.startsWith('src/rules/'))).toBe(true);
  });

  for (const file of ENGINE) {
    it(`${file} reaches nothing in src/rules`, () => {
      const bad = [...reached(file).entries()].filter(([f]) => outside(f)).map(([, chain]) => chain.join(' → '));
      expect(bad).toEqual([]);
    });
  }

  it('tests under src/engine import no rule directly (they may use src/coach-engine.ts)', () => {
    const direct = listFiles('src/engine')
      .filter(isTest)
      .flatMap((f) => importsOf(f).map((s) => [f, target(f, s)] as const))
      .filter(([, t]) => t?.startsWith('src/rules/'));
    expect(direct).toEqual([]);
  });
});
