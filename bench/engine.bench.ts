// Engine latency bench: `npm run bench`. Our engine and harper.js lint the same new posts in
// the same run (p50/p95 per post), plus the warm one-edit case, linear growth, a 1 MB post and
// the engine's bundle size. Writes bench/results-engine.json. Speed is reported, never asserted.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { analyse, compilePack, type Pack } from '../src/coach-engine';
import type { Lang } from '../src/engine/types';
import { bundleSize } from './engine/bundle-size';
import { setupHarper } from './engine/harper';
import { buildPost, SentenceSource } from './engine/posts';
import { runSize, type SizePlan, type SizeResult } from './engine/run-size';
import { round, timeSync } from './engine/stats';
import { printTable } from './engine/table';

// An organisation pack per language, so the strategy and press-release detectors have work.
const PACK_FOR: Record<Lang, string> = { nl: 'gemeente-dalzicht', en: 'northwind-energy' };
// Enough posts for a stable p95 at small sizes; the whole bench stays under ~3 minutes.
const PLANS: SizePlan[] = [
  { chars: 280, posts: 400, edits: 200, warmup: 40 },
  { chars: 1300, posts: 200, edits: 100, warmup: 20 },
  { chars: 3000, posts: 100, edits: 60, warmup: 10 },
  { chars: 50000, posts: 12, edits: 30, warmup: 2 },
];
const ONE_MB = 1_000_000;
/** Posts analysed per language before anything is timed (mostly 280 characters, one in five 1,300). */
const WARM_POSTS = 400;
/** The first 280-character analyses after load, reported on their own. */
const FIRST_RUNS = 20;

function loadPack(name: string): Pack {
  return JSON.parse(readFileSync(`packs/${name}.json`, 'utf8')) as Pack;
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = os.loadavg()[0]!;
  const loads: number[] = [];
  const harper = await setupHarper();
  const results: SizeResult[] = [];
  const compileMs: Record<string, number> = {};
  const oneMb: Record<string, { ms: number; findings: number }> = {};

  // A page analyses on every pause in typing, so the engine the writer meets has run many times and
  // its code is optimised. Time that engine: warm both languages first, and report the first
  // analyses after load (unoptimised code) on their own.
  const compiledFor = {} as Record<Lang, ReturnType<typeof compilePack>>;
  const firstRuns: Record<string, { n: number; p50: number; max: number }> = {};
  for (const lang of ['en', 'nl'] as const) {
    const pack = loadPack(PACK_FOR[lang]);
    compiledFor[lang] = compilePack(pack);
    compileMs[PACK_FOR[lang]] = round(timeSync(() => (compiledFor[lang] = compilePack(pack))));
  }
  for (const lang of ['en', 'nl'] as const) {
    const source = new SentenceSource(lang);
    const first: number[] = [];
    for (let i = 0; i < WARM_POSTS; i++) {
      const post = buildPost(source, i % 5 === 4 ? 1300 : 280);
      compiledFor[lang].cache.clear();
      const ms = timeSync(() => analyse({ text: post }, compiledFor[lang]));
      if (i % 5 !== 4 && first.length < FIRST_RUNS) first.push(ms);
    }
    const sorted = [...first].sort((a, b) => a - b);
    firstRuns[lang] = { n: sorted.length, p50: round(sorted[Math.floor(sorted.length / 2)]!), max: round(sorted[sorted.length - 1]!) };
  }

  for (const lang of ['en', 'nl'] as const) {
    const compiled = compiledFor[lang];
    for (const plan of PLANS) {
      process.stderr.write(`  ${lang} ${plan.chars} chars…\n`);
      loads.push(os.loadavg()[0]!);
      results.push(await runSize(lang, compiled, harper, plan));
    }
    const huge = buildPost(new SentenceSource(lang), ONE_MB);
    compiled.cache.clear();
    let findings = 0;
    const ms = timeSync(() => (findings = analyse({ text: huge }, compiled).findings.length));
    oneMb[lang] = { ms: round(ms, 1), findings };
  }

  // Linear growth: time per 1,000 characters at 50,000 over that at 3,000 (1 = perfectly linear).
  const growth: Record<string, number> = {};
  for (const lang of ['en', 'nl']) {
    const at = (chars: number) => results.find((r) => r.lang === lang && r.chars === chars)!.oursMsPerKChar;
    growth[lang] = round(at(50000) / at(3000), 2);
  }

  // The bar of issue 2 and DESIGN.md's budgets, as read from this run.
  const bar = {
    p95At280Within2ms: results.filter((r) => r.chars === 280).every((r) => r.ours.p95 <= 2),
    quietP95At280Within2ms: results.filter((r) => r.chars === 280).every((r) => r.oursQuiet.p95 <= 2),
    linearTo50k: Object.values(growth).every((g) => g <= 1.5),
    fasterThanHarperEverywhere: results.every((r) => r.ratioP50 > 1 && r.ratioP95 > 1),
  };

  // The first analyses of a fresh page, each way in its own process (see first-analysis.ts).
  const firstAnalysis = (['cold', 'warm'] as const).map((mode) =>
    JSON.parse(execFileSync('npx', ['tsx', 'bench/engine/first-analysis.ts', mode], { encoding: 'utf8' }).trim().split('\n').pop()!) as { warm: boolean; warmUpMs: number; firstMs: number[] },
  );

  // Memory allocated per analysis, in a process whose young generation is never collected mid-post.
  const allocation = JSON.parse(
    execFileSync('node', ['--max-semi-space-size=256', '--min-semi-space-size=256', '--import', 'tsx', 'bench/engine/allocation.ts'], { encoding: 'utf8' }).trim().split('\n').pop()!,
  ) as { kBPerAnalysis: Record<string, number> };

  const bundle = {
    engine: await bundleSize('src/engine/index.ts'),
    languageDetection: await bundleSize('src/engine/nlp/language.ts'),
  };

  // Other processes on a small machine stretch the p95 (see oursQuiet); say so in the output.
  const output = {
    date: new Date().toISOString(),
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, node: process.version, loadAtStart: round(loadAtStart, 2), loadMax: round(Math.max(loadAtStart, ...loads), 2) },
    harper: { version: harper.version, setupMs: round(harper.setupMs, 1) },
    packs: PACK_FOR,
    compileMs,
    warmup: { postsPerLang: WARM_POSTS, firstRuns280: firstRuns },
    firstAnalysis,
    allocation,
    results,
    growthPerKChar50kVs3k: growth,
    oneMb,
    bar,
    bundle,
    seconds: round((performance.now() - started) / 1000, 1),
  };
  printTable(output);
  writeFileSync('bench/results-engine.json', `${JSON.stringify(output, null, 2)}\n`);
  console.log('\nWrote bench/results-engine.json');
}

await main();
