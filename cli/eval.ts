// `posting-coach eval`: precision, recall and F1 per label on a labelled corpus, and the share
// of label-free posts that got any nudge or warning (cleanFlagged).
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { analyse, compilePack, type CompiledPack, type Pack } from '../src/engine';
import { LABELS, labelOf, type Label } from '../src/engine/labels';
import { parseArgs, stringFlag } from './args';

export { LABELS, labelOf, type Label };

export interface CorpusPost {
  id: string;
  org: string;
  lang: string;
  site?: string;
  reply?: boolean;
  text: string;
  labels: string[];
}

export interface LabelScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface EvalResult {
  labels: Record<Label, LabelScore>;
  cleanFlagged: number;
  posts: number;
  byLang: Record<string, { labels: Record<Label, LabelScore>; cleanFlagged: number; posts: number }>;
  mistakes: { id: string; expected: string[]; got: string[] }[];
}

function score(tp: number, fp: number, fn: number): LabelScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

interface Outcome {
  post: CorpusPost;
  got: Set<Label>;
  flagged: boolean;
}

function summarise(outcomes: Outcome[]) {
  const labels = {} as Record<Label, LabelScore>;
  for (const label of LABELS) {
    let tp = 0, fp = 0, fn = 0;
    for (const { post, got } of outcomes) {
      const want = post.labels.includes(label);
      if (want && got.has(label)) tp++;
      else if (got.has(label)) fp++;
      else if (want) fn++;
    }
    labels[label] = score(tp, fp, fn);
  }
  const clean = outcomes.filter((o) => o.post.labels.length === 0);
  const cleanFlagged = clean.length === 0 ? 0 : clean.filter((o) => o.flagged).length / clean.length;
  return { labels, cleanFlagged, posts: outcomes.length };
}

export function evaluate(posts: CorpusPost[], packFor: (org: string) => CompiledPack): EvalResult {
  const outcomes: Outcome[] = posts.map((post) => {
    const report = analyse({ text: post.text, site: post.site, reply: post.reply ?? false, role: 'employee' }, packFor(post.org));
    const serious = report.findings.filter((f) => f.severity !== 'info');
    const got = new Set(serious.map((f) => labelOf(f.category)).filter((l): l is Label => l !== undefined));
    return { post, got, flagged: serious.length > 0 };
  });
  const byLang: EvalResult['byLang'] = {};
  for (const lang of [...new Set(posts.map((p) => p.lang))].sort()) byLang[lang] = summarise(outcomes.filter((o) => o.post.lang === lang));
  const mistakes = outcomes
    .filter((o) => [...o.got].sort().join() !== [...o.post.labels].sort().join())
    .map((o) => ({ id: o.post.id, expected: [...o.post.labels].sort(), got: [...o.got].sort() }));
  return { ...summarise(outcomes), byLang, mistakes };
}

export function readCorpus(file: string): CorpusPost[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as CorpusPost;
      } catch {
        throw new Error(`${file}:${i + 1}: not valid JSON`);
      }
    });
}

export function packLoader(dir: string): (org: string) => CompiledPack {
  const cache = new Map<string, CompiledPack>();
  return (org) => {
    let compiled = cache.get(org);
    if (!compiled) {
      const file = path.join(dir, `${org}.json`);
      if (!existsSync(file)) throw new Error(`No pack for organisation "${org}": expected ${file}`);
      compiled = compilePack(JSON.parse(readFileSync(file, 'utf8')) as Pack);
      cache.set(org, compiled);
    }
    return compiled;
  };
}

const pct = (n: number) => n.toFixed(3);

export function runEval(argv: string[]): number {
  const args = parseArgs(argv, ['json', 'mistakes']);
  const corpus = stringFlag(args, 'corpus');
  const packs = stringFlag(args, 'packs');
  if (!corpus || !packs) {
    process.stderr.write('Usage: posting-coach eval --corpus FILE.jsonl --packs DIR [--json] [--mistakes]\n');
    return 2;
  }
  const result = evaluate(readCorpus(corpus), packLoader(packs));
  if (args.flags.has('json')) {
    const labels = Object.fromEntries(LABELS.map((l) => [l, { precision: result.labels[l].precision, recall: result.labels[l].recall, f1: result.labels[l].f1 }]));
    process.stdout.write(JSON.stringify({ labels, cleanFlagged: result.cleanFlagged, posts: result.posts }) + '\n');
    return 0;
  }
  const rows = [['label', 'precision', 'recall', 'F1', 'tp', 'fp', 'fn']];
  for (const l of LABELS) {
    const s = result.labels[l];
    rows.push([l, pct(s.precision), pct(s.recall), pct(s.f1), String(s.tp), String(s.fp), String(s.fn)]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) process.stdout.write(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ') + '\n');
  process.stdout.write(`cleanFlagged  ${pct(result.cleanFlagged)}   posts ${result.posts}\n`);
  for (const [lang, s] of Object.entries(result.byLang)) {
    process.stdout.write(`  ${lang}: ${LABELS.map((l) => `${l} F1 ${pct(s.labels[l].f1)}`).join(', ')}; cleanFlagged ${pct(s.cleanFlagged)} (${s.posts} posts)\n`);
  }
  if (args.flags.has('mistakes')) for (const m of result.mistakes) process.stdout.write(`${m.id}\texpected [${m.expected}]\tgot [${m.got}]\n`);
  return 0;
}
