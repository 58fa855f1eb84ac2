// Statistics, the printed table and the JSON file of the typing bench.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface FixtureRow {
  fixture: string;
  editor: string;
  plainMsPerKey: number;
  extensionMsPerKey: number;
  ratio: number;
  plainCpuMsPerKey: number;
  extensionCpuMsPerKey: number;
  cpuRatio: number;
  nudgeMedianMs: number | null;
  nudgeRuns: number;
  extensionJsMsPerKey: number;
  extensionTopFunctions: string[];
  textIntact: boolean;
}

/** Bytes of the content scripts Chrome injects at page load, and of the coach injected on first use. */
export function scriptSizes(extensionDir: string): { contentScripts: Record<string, number>; contentTotal: number; coachOnDemand: number | null } {
  const dir = path.join(extensionDir, 'content-scripts');
  const contentScripts: Record<string, number> = {};
  for (const name of readdirSync(dir)) if (name.endsWith('.js')) contentScripts[name] = statSync(path.join(dir, name)).size;
  const coach = path.join(extensionDir, 'coach.js');
  let coachOnDemand: number | null = null;
  try { coachOnDemand = statSync(coach).size; } catch { /* the coach may be bundled into the content script */ }
  return { contentScripts, contentTotal: Object.values(contentScripts).reduce((a, b) => a + b, 0), coachOnDemand };
}

const fmt = (value: number | null, digits = 2) => (value === null ? 'n/a' : value.toFixed(digits));

export function printTable(rows: readonly FixtureRow[]): void {
  const header = ['fixture', 'editor', 'wall ms/key plain', 'ext', 'ratio', 'cpu ms/key plain', 'ext', 'ratio', 'nudge median ms', 'ext JS ms/key', 'text intact'];
  const lines = rows.map((r) => [r.fixture, r.editor, fmt(r.plainMsPerKey, 3), fmt(r.extensionMsPerKey, 3), fmt(r.ratio, 3),
    fmt(r.plainCpuMsPerKey, 3), fmt(r.extensionCpuMsPerKey, 3), fmt(r.cpuRatio, 3),
    r.nudgeMedianMs === null ? 'n/a' : `${fmt(r.nudgeMedianMs, 0)} (${r.nudgeRuns} runs)`, fmt(r.extensionJsMsPerKey, 3), r.textIntact ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(row(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(row(line));
}

export function writeResults(file: string, results: unknown): void {
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
