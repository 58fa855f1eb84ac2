// The layout of DESIGN.md, kept by a test: one detector per file (`src/rules/<id>.ts`) or per
// folder (`src/rules/<id>/index.ts`, with its signals and per-language data beside it), its id
// equal to the file or folder name, all registered and carrying examples, and an engine that runs anywhere (no DOM, browser, UI or WXT).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../src/engine/rule';
import { RULES } from '../src/rules';
import { browserGlobalsUsed, importsOf, isSource, lineCount, listFiles, packagesReached, resolveImport, ROOT } from './helpers/source-scan';

const isTest = (f: string) => /\.test\.tsx?$/.test(f);
// A rule is a file directly in src/rules/, or a folder there with an index.ts.
const RULE_FILES = listFiles('src/rules').filter(
  (f) =>
    isSource(f) &&
    !isTest(f) &&
    ((path.posix.dirname(f) === 'src/rules' && f !== 'src/rules/index.ts') || (path.posix.dirname(path.posix.dirname(f)) === 'src/rules' && f.endsWith('/index.ts'))),
);
const ruleId = (file: string) => (file.endsWith('/index.ts') ? path.posix.basename(path.posix.dirname(file)) : path.posix.basename(file).replace(/\.tsx?$/, ''));
const PURE_FILES = [...listFiles('src/engine'), ...listFiles('src/rules')].filter(isSource);

const isRule = (value: unknown): value is Rule =>
  typeof value === 'object' && value !== null && typeof (value as Rule).id === 'string' && typeof (value as Rule).detect === 'function';

describe('detectors in src/rules', () => {
  it('exist', () => {
    expect(RULE_FILES.length).toBeGreaterThanOrEqual(6);
    expect(RULE_FILES).toContain('src/rules/no-theme-fit/index.ts');
  });

  for (const file of RULE_FILES) {
    const id = ruleId(file);
    it(`${id}: exports one rule whose id is its file or folder name, registered in RULES`, async () => {
      const exported = Object.values(await import(path.join(ROOT, file))).filter(isRule);
      expect(exported.map((r) => r.id)).toEqual([id]);
      expect(RULES).toContain(exported[0]);
    });
  }

  it('are registered once each, and only from their own files or folders', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(RULE_FILES.map(ruleId).sort());
  });

  for (const rule of RULES) {
    it(`${rule.id}: carries Dutch and English fire and pass examples`, () => {
      for (const kind of ['fire', 'pass'] as const) {
        const langs = new Set(rule.examples[kind].map((e) => e.lang));
        expect({ kind, nl: langs.has('nl'), en: langs.has('en') }).toEqual({ kind, nl: true, en: true });
      }
    });
  }
});

// The engine must run in the content script, the CLI, the options page and tests alike.
const FORBIDDEN_DIRS = ['src/compose', 'src/ui', 'src/entrypoints', 'src/background', 'src/settings', 'src/history'];
const FORBIDDEN_PACKAGES = /^(wxt|preact|webextension-polyfill|@wxt-dev|#imports|#i18n|react)(\/|$)|^node:|^(fs|path|os|child_process)$/;
const BROWSER_GLOBALS = ['document', 'window', 'browser', 'chrome'];

describe('the engine and the detectors are pure', () => {
  it('are scanned', () => {
    expect(PURE_FILES).toContain('src/engine/analyse.ts');
    expect(PURE_FILES).toContain('src/rules/broadcasting/index.ts');
  });

  it('import nothing from the DOM side, the UI, WXT, Preact, the polyfill or Node', () => {
    const offenders = PURE_FILES.flatMap((file) =>
      importsOf(file)
        .filter((spec) => {
          const target = resolveImport(file, spec);
          return FORBIDDEN_DIRS.some((dir) => target === dir || target.startsWith(`${dir}/`)) || FORBIDDEN_PACKAGES.test(spec);
        })
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('use no browser globals (document, window, browser, chrome)', () => {
    const offenders = PURE_FILES.flatMap((file) => browserGlobalsUsed(file, BROWSER_GLOBALS).map((g) => `${file} uses ${g}`));
    expect(offenders).toEqual([]);
  });
});

describe('the scanner itself', () => {
  it('finds imports and globals in a sample and ignores words in strings and comments', () => {
    const sample = 'tests/helpers/impure-sample.ts.txt';
    expect(importsOf(sample)).toEqual(['../../../src/ui/badge', 'preact/hooks', 'compromise', './lazy']);
    expect(browserGlobalsUsed(sample, BROWSER_GLOBALS).sort()).toEqual(['chrome', 'document', 'globalThis.browser']);
  });
});

describe('compromise', () => {
  it('is imported only from src/engine/nlp/', () => {
    const offenders = listFiles('src')
      .filter((f) => /\.tsx?$/.test(f) && !f.startsWith('src/engine/nlp/'))
      .filter((f) => importsOf(f).some((spec) => /^compromise(\/|$)/.test(spec)));
    expect(offenders).toEqual([]);
  });

  // compromise serves pack authors in the CLI; at ~2 ms a parse it must never reach a keystroke.
  it('is not reached from the engine the extension loads', () => {
    const reached = packagesReached('src/engine/index.ts');
    expect(reached.size, 'the walk found the engine\'s own packages').toBeGreaterThan(0);
    expect([...reached].filter(([pkg]) => /^compromise(\/|$)/.test(pkg))).toEqual([]);
  });
});

// Small files with one job each. A file may exceed the limit only with a reason written here.
const MAX_LINES = 300;
const LONG_FILE_ALLOWLIST: Record<string, string> = {};

describe('file size', () => {
  it(`keeps every file in src/ at ${MAX_LINES} lines or fewer`, () => {
    const offenders = listFiles('src')
      .filter((f) => !(f in LONG_FILE_ALLOWLIST))
      .map((f) => ({ f, lines: lineCount(f) }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ f, lines }) => `${f}: ${lines} lines`);
    expect(offenders).toEqual([]);
  });

  it('allows only files that exist and are still long', () => {
    const stale = Object.keys(LONG_FILE_ALLOWLIST).filter((f) => {
      try {
        return lineCount(f) <= MAX_LINES;
      } catch {
        return true;
      }
    });
    expect(stale).toEqual([]);
  });
});
