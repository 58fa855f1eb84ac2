// Prints the bench results as plain-text tables (also pasted into the README).
import type { BundleSize } from './bundle-size';
import type { SizeResult } from './run-size';

export interface BenchOutput {
  machine: { cpu: string; cores: number; node: string; loadAtStart: number; loadMax: number };
  harper: { version: string; setupMs: number };
  compileMs: Record<string, number>;
  warmup: { postsPerLang: number; firstRuns280: Record<string, { n: number; p50: number; max: number }> };
  firstAnalysis: { warm: boolean; warmUpMs: number; firstMs: number[] }[];
  allocation: { kBPerAnalysis: Record<string, number> };
  results: SizeResult[];
  growthPerKChar50kVs3k: Record<string, number>;
  oneMb: Record<string, { ms: number; findings: number }>;
  bar: Record<string, boolean>;
  bundle: { engine: BundleSize; languageDetection: BundleSize };
  seconds: number;
}

const ms = (n: number) => n.toFixed(n < 10 ? 3 : 1);
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function printTable(out: BenchOutput): void {
  console.log(`\nEngine vs harper.js ${out.harper.version} (ms per post; ${out.machine.cpu}, ${out.machine.cores} cores, node ${out.machine.node}, load average ${out.machine.loadAtStart}–${out.machine.loadMax})\n`);
  console.log(
    table(
      ['lang', 'chars', 'ours p50', 'ours p95', 'quiet p95', 'harper p50', 'harper p95', 'x p50', 'x p95', 'findings'],
      out.results.map((r) => [r.lang, String(r.chars), ms(r.ours.p50), ms(r.ours.p95), ms(r.oursQuiet.p95), ms(r.harper.p50), ms(r.harper.p95), `${r.ratioP50}`, `${r.ratioP95}`, `${r.findingsPerPost}`]),
    ),
  );
  console.log('\nx = harper / ours (above 1: we are faster). New posts each time, our sentence cache emptied.');
  console.log('quiet p95 = p95 of each post\'s best of 3 runs (preemption and GC spikes removed; diagnostic only).\n');
  console.log('One small edit to a post already analysed (warm cache):\n');
  console.log(
    table(
      ['lang', 'chars', 'ours p50', 'ours p95', 'harper p50', 'harper p95'],
      out.results.map((r) => [r.lang, String(r.chars), ms(r.oursEdit.p50), ms(r.oursEdit.p95), ms(r.harperEdit.p50), ms(r.harperEdit.p95)]),
    ),
  );
  const growth = Object.entries(out.growthPerKChar50kVs3k).map(([l, g]) => `${l} ${g}`).join(', ');
  console.log(`\nGrowth (ms per 1,000 chars at 50,000 / at 3,000; 1 = linear): ${growth}`);
  const mb = Object.entries(out.oneMb).map(([l, r]) => `${l} ${ms(r.ms)} ms (${r.findings} findings)`).join(', ');
  console.log(`1 MB post: ${mb}`);
  const first = Object.entries(out.warmup.firstRuns280).map(([l, r]) => `${l} p50 ${ms(r.p50)} ms, max ${ms(r.max)} ms (${r.n} posts)`).join('; ');
  console.log(`Timed after ${out.warmup.postsPerLang} warm-up posts per language. The first 280-character analyses after load: ${first}`);
  console.log(`Allocated per analysis of a new post (median): ${Object.entries(out.allocation.kBPerAnalysis).map(([k, kB]) => `${k} chars ${kB} kB`).join(', ')}`);
  for (const f of out.firstAnalysis)
    console.log(`Fresh page, first three analyses: ${f.firstMs.map((x) => ms(x)).join(', ')} ms ${f.warm ? `after the idle-time warm-up (${f.warmUpMs} ms)` : 'with no warm-up'}`);
  console.log(`compilePack: ${Object.entries(out.compileMs).map(([p, t]) => `${p} ${ms(t)} ms`).join(', ')}; harper setup ${ms(out.harper.setupMs)} ms`);
  const { engine, languageDetection } = out.bundle;
  console.log(`Bundle (esbuild, minified / gzip): engine + rules ${kb(engine.minified)} / ${kb(engine.gzip)}; language detection alone ${kb(languageDetection.minified)} / ${kb(languageDetection.gzip)}`);
  console.log(`  largest inputs: ${engine.top.map((t) => `${t.path.replace(/^.*node_modules\//, '')} ${kb(t.bytes)}`).join(', ')}`);
  console.log(`Bar: ${Object.entries(out.bar).map(([k, ok]) => `${k} ${ok ? 'yes' : 'NO'}`).join(', ')}`);
  console.log(`\nWhole bench: ${out.seconds} s`);
}
