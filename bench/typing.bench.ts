// Typing bench: for each editor fixture, type 500 characters with and without the extension in one run
// and compare the time per keystroke (target: ratio ≤ 1.05); with the extension, also the median time
// from the last keystroke to the nudge shown, and the content script's bytes at page load.
// Run: npm run bench:typing   (BENCH_ROUNDS=n to change the rounds per fixture and browser, default 5)
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import path from 'node:path';
import { cpus, loadavg } from 'node:os';
import { EXTENSION_DIR } from '../tests/e2e/extension.ts';
import { startFixtureServer, FIXTURES } from '../tests/e2e/fixture-server.ts';
import { launchExtension, launchPlain } from './typing/browsers.ts';
import { measureRun, SETTLE_MS, type RunResult } from './typing/measure.ts';
import { profileExtensionRun } from './typing/profile.ts';
import { median, printTable, scriptSizes, writeResults, type FixtureRow } from './typing/report.ts';
import { TYPED_TEXT } from './typing/text.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const RESULTS = path.resolve('bench/results-typing.json');

if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) execSync('npx wxt build', { stdio: 'inherit', env: { ...process.env, POSTING_COACH_TEST_HOOKS: '1' } });

const server = await startFixtureServer();
const plain = await launchPlain(server);
const withExtension = await launchExtension(server);
const rows: FixtureRow[] = [];
try {
  for (const fixture of FIXTURES) {
    // One warm-up run each (page cache, JIT), then alternate so drift hits both sides alike.
    await measureRun(plain.context, fixture, TYPED_TEXT, false);
    await measureRun(withExtension.context, fixture, TYPED_TEXT, true);
    const plainRuns: RunResult[] = [];
    const extensionRuns: RunResult[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      plainRuns.push(await measureRun(plain.context, fixture, TYPED_TEXT, false));
      extensionRuns.push(await measureRun(withExtension.context, fixture, TYPED_TEXT, true));
    }
    const plainMs = median(plainRuns.map((r) => r.msPerKey))!;
    const extensionMs = median(extensionRuns.map((r) => r.msPerKey))!;
    const cost = await profileExtensionRun(withExtension.context, fixture, TYPED_TEXT);
    const plainCpu = median(plainRuns.map((r) => r.cpuMsPerKey))!;
    const extensionCpu = median(extensionRuns.map((r) => r.cpuMsPerKey))!;
    const nudges = extensionRuns.flatMap((r) => (r.nudgeMs === null ? [] : [r.nudgeMs]));
    rows.push({
      fixture: fixture.id,
      editor: fixture.editor,
      plainMsPerKey: plainMs,
      extensionMsPerKey: extensionMs,
      ratio: extensionMs / plainMs,
      plainCpuMsPerKey: plainCpu,
      extensionCpuMsPerKey: extensionCpu,
      cpuRatio: extensionCpu / plainCpu,
      nudgeMedianMs: median(nudges),
      nudgeRuns: nudges.length,
      extensionJsMsPerKey: cost.extensionMsPerKey,
      extensionTopFunctions: cost.top,
      textIntact: [...plainRuns, ...extensionRuns].every((r) => r.textIntact),
    });
    console.log(`${fixture.id}: done`);
  }
} finally {
  await withExtension.close();
  await plain.close();
  await server.close();
}

const sizes = scriptSizes(EXTENSION_DIR);
const ratios = rows.map((r) => r.ratio);
const cpuRatios = rows.map((r) => r.cpuRatio);
const summary = {
  worstRatio: Math.max(...ratios),
  medianRatio: median(ratios),
  worstCpuRatio: Math.max(...cpuRatios),
  medianCpuRatio: median(cpuRatios),
  ratioTarget: 1.05,
  nudgeMedianMs: median(rows.flatMap((r) => (r.nudgeMedianMs === null ? [] : [r.nudgeMedianMs]))),
};
console.log('');
printTable(rows);
console.log('');
console.log(`Content script at page load: ${sizes.contentTotal} bytes (${Object.entries(sizes.contentScripts).map(([n, b]) => `${n} ${b}`).join(', ')}); coach injected on first use: ${sizes.coachOnDemand ?? 'n/a'} bytes.`);
console.log(`Ratio with/without extension, wall ms/keystroke: median ${summary.medianRatio?.toFixed(3)}, worst ${summary.worstRatio.toFixed(3)}; main-thread ms/keystroke: median ${summary.medianCpuRatio?.toFixed(3)}, worst ${summary.worstCpuRatio.toFixed(3)} (target ≤ 1.05).`);
console.log(`Machine load average while measuring: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs.`);
writeResults(RESULTS, {
  date: new Date().toISOString(),
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  characters: TYPED_TEXT.length,
  rounds: ROUNDS,
  settleMs: SETTLE_MS,
  loadAverage: loadavg(),
  cpus: cpus().length,
  method: 'keyboard.type without delay on fixtures served at the real sites\' origins; wall = Playwright typing time, cpu = renderer main-thread TaskDuration (CDP) while typing; median of rounds; plain and extension runs alternate',
  summary,
  scriptBytes: sizes,
  fixtures: rows,
});
console.log(`Written ${path.relative(process.cwd(), RESULTS)}`);
