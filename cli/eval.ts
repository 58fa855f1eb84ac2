// `posting-coach eval`: how the detectors do on labelled posts. A post is scored only on the
// labels it was judged on (`judged`; all four when absent), so a real file coded for one label
// says nothing about the others. Per source: precision, recall and F1 per label, the share of
// judged negatives that were flagged, clean posts that got any nudge, and replies that did.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyse, compilePack, type CompiledPack, type Pack } from '../src/engine';
import { RULES } from '../src/coach-engine';
import { LABELS, labelOf, type Label } from '../src/engine/labels';
import type { Intensity } from '../src/engine/types';
import type { Rule } from '../src/engine/rule';
import { parseArgs, stringFlag } from './args';
import { defaultPackDirs, judgedLabels, loadSources, readCorpus, type CorpusPost, type Source } from './corpus';

export { LABELS, labelOf, readCorpus, type CorpusPost, type Label };

export interface LabelScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Judged negatives flagged with the label. */
  flagged: number;
}

export interface EvalResult {
  labels: Record<Label, LabelScore>;
  /** Posts judged on every label and free of all of them that got any nudge or warning. */
  cleanFlagged: number;
  cleanPosts: number;
  /** Replies that got any nudge or warning. */
  replyFlagged: number;
  replies: number;
  posts: number;
  byLang: Record<string, Omit<EvalResult, 'byLang' | 'mistakes'>>;
  mistakes: { id: string; expected: string[]; got: string[] }[];
}

function score(tp: number, fp: number, fn: number, tn: number): LabelScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn, tn, flagged: fp + tn === 0 ? 0 : fp / (fp + tn) };
}

export interface Outcome {
  post: CorpusPost;
  got: Set<Label>;
  flagged: boolean;
}

function summarise(outcomes: Outcome[]): Omit<EvalResult, 'byLang' | 'mistakes'> {
  const labels = {} as Record<Label, LabelScore>;
  for (const label of LABELS) {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    for (const { post, got } of outcomes) {
      if (!judgedLabels(post).includes(label)) continue;
      const want = post.labels.includes(label);
      if (want && got.has(label)) tp++;
      else if (got.has(label)) fp++;
      else if (want) fn++;
      else tn++;
    }
    labels[label] = score(tp, fp, fn, tn);
  }
  const clean = outcomes.filter((o) => !o.post.judged && o.post.labels.length === 0);
  const replies = outcomes.filter((o) => o.post.reply);
  const share = (list: Outcome[]) => (list.length === 0 ? 0 : list.filter((o) => o.flagged).length / list.length);
  return { labels, cleanFlagged: share(clean), cleanPosts: clean.length, replyFlagged: share(replies), replies: replies.length, posts: outcomes.length };
}

export function outcomeOf(post: CorpusPost, packFor: (org: string) => CompiledPack, intensity: Intensity = 'normal'): Outcome {
  const report = analyse({ text: post.text, site: post.site, reply: post.reply ?? false, role: 'employee', intensity }, packFor(post.org));
  const serious = report.findings.filter((f) => f.severity !== 'info');
  const got = new Set(serious.map((f) => labelOf(f.category)).filter((l): l is Label => l !== undefined));
  return { post, got, flagged: serious.length > 0 };
}

export function summariseOutcomes(outcomes: Outcome[]): EvalResult {
  const byLang: EvalResult['byLang'] = {};
  for (const lang of [...new Set(outcomes.map((o) => o.post.lang))].sort()) byLang[lang] = summarise(outcomes.filter((o) => o.post.lang === lang));
  const mistakes = outcomes
    .filter((o) => {
      const judged = judgedLabels(o.post);
      return judged.some((l) => o.got.has(l) !== o.post.labels.includes(l));
    })
    .map((o) => ({ id: o.post.id, expected: [...o.post.labels].sort(), got: [...o.got].filter((l) => judgedLabels(o.post).includes(l)).sort() }));
  return { ...summarise(outcomes), byLang, mistakes };
}

export function evaluate(posts: CorpusPost[], packFor: (org: string) => CompiledPack, intensity: Intensity = 'normal'): EvalResult {
  return summariseOutcomes(posts.map((p) => outcomeOf(p, packFor, intensity)));
}

/** Compiles each organisation's pack once, from the first folder that has it. */
export function packLoader(dirs: string | readonly string[], rules?: readonly Rule[]): (org: string) => CompiledPack {
  const list = typeof dirs === 'string' ? [dirs] : dirs;
  const cache = new Map<string, CompiledPack>();
  return (org) => {
    let compiled = cache.get(org);
    if (!compiled) {
      const file = list.map((d) => path.join(d, `${org}.json`)).find((f) => existsSync(f));
      if (!file) throw new Error(`No pack for organisation "${org}": expected ${list.map((d) => path.join(d, `${org}.json`)).join(' or ')}`);
      compiled = compilePack(JSON.parse(readFileSync(file, 'utf8')) as Pack, rules ?? RULES);
      cache.set(org, compiled);
    }
    return compiled;
  };
}

const f3 = (n: number) => n.toFixed(2);

/** One cell per label: F1 where the source has both sides, else recall or the share flagged. */
function cell(s: LabelScore): string {
  const pos = s.tp + s.fn;
  const neg = s.fp + s.tn;
  if (pos === 0 && neg === 0) return '–';
  if (neg === 0) return `R ${f3(s.recall)}`;
  if (pos === 0) return `flag ${f3(s.flagged)}`;
  return `${f3(s.f1)} (R ${f3(s.recall)} fl ${f3(s.flagged)})`;
}

export function tableRows(named: { name: string; result: Omit<EvalResult, 'byLang' | 'mistakes'> }[]): string[][] {
  const rows = [['source', 'posts', ...LABELS, 'clean nudged', 'replies nudged']];
  for (const { name, result } of named) {
    rows.push([
      name,
      String(result.posts),
      ...LABELS.map((l) => cell(result.labels[l])),
      result.cleanPosts ? `${f3(result.cleanFlagged)} of ${result.cleanPosts}` : '–',
      result.replies ? `${f3(result.replyFlagged)} of ${result.replies}` : '–',
    ]);
  }
  return rows;
}

export function formatTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cellText, c) => cellText.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n') + '\n';
}

function suiteResults(sources: Source[], packFor: (org: string) => CompiledPack, intensity: Intensity) {
  const named: { name: string; result: EvalResult }[] = [];
  for (const source of sources) named.push({ name: source.name + (source.frozen ? ' *' : source.models === false ? ' °' : ''), result: evaluate(source.posts, packFor, intensity) });
  return named;
}

const USAGE = 'Usage: posting-coach eval --corpus FILE.jsonl --packs DIR [--json] [--mistakes]\n       posting-coach eval --suite [--packs DIR] [--json] [--intensity I]\n';

export function runEval(argv: string[]): number {
  const args = parseArgs(argv, ['json', 'mistakes', 'suite']);
  const corpus = stringFlag(args, 'corpus');
  const packs = stringFlag(args, 'packs');
  const intensity = (stringFlag(args, 'intensity') ?? 'normal') as Intensity;
  if (!['gentle', 'normal', 'thorough'].includes(intensity)) {
    process.stderr.write(`Unknown intensity "${intensity}": gentle, normal or thorough.\n`);
    return 2;
  }
  if (args.flags.has('suite')) {
    const packFor = packLoader(packs ? [packs, ...defaultPackDirs()] : defaultPackDirs());
    const named = suiteResults(loadSources(), packFor, intensity);
    if (args.flags.has('json')) {
      process.stdout.write(JSON.stringify(named.map(({ name, result }) => ({ name, ...result, mistakes: undefined }))) + '\n');
      return 0;
    }
    const rows = tableRows(named);
    for (const { name, result } of named) {
      const langs = Object.keys(result.byLang);
      if (langs.length > 1) for (const lang of langs) rows.push(...tableRows([{ name: `  ${name} [${lang}]`, result: result.byLang[lang]! }]).slice(1));
    }
    process.stdout.write(formatTable(rows));
    process.stdout.write('F1 (recall, share of judged negatives flagged); R = recall where all are positives; flag = share flagged where all are negatives; * = frozen test split, never trained on; ° = not in the learned models (tunes word lists only).\n');
    if (args.flags.has('mistakes')) for (const { result } of named) for (const m of result.mistakes) process.stdout.write(`${m.id}\texpected [${m.expected}]\tgot [${m.got}]\n`);
    return 0;
  }
  if (!corpus || !packs) {
    process.stderr.write(USAGE);
    return 2;
  }
  const result = evaluate(readCorpus(corpus), packLoader(packs), intensity);
  if (args.flags.has('json')) {
    const labels = Object.fromEntries(LABELS.map((l) => [l, { precision: result.labels[l].precision, recall: result.labels[l].recall, f1: result.labels[l].f1 }]));
    process.stdout.write(JSON.stringify({ labels, cleanFlagged: result.cleanFlagged, posts: result.posts }) + '\n');
    return 0;
  }
  const rows = [['label', 'precision', 'recall', 'F1', 'tp', 'fp', 'fn']];
  for (const l of LABELS) {
    const s = result.labels[l];
    rows.push([l, s.precision.toFixed(3), s.recall.toFixed(3), s.f1.toFixed(3), String(s.tp), String(s.fp), String(s.fn)]);
  }
  process.stdout.write(formatTable(rows));
  process.stdout.write(`cleanFlagged  ${result.cleanFlagged.toFixed(3)}   posts ${result.posts}\n`);
  for (const [lang, s] of Object.entries(result.byLang)) {
    process.stdout.write(`  ${lang}: ${LABELS.map((l) => `${l} F1 ${s.labels[l].f1.toFixed(3)}`).join(', ')}; cleanFlagged ${s.cleanFlagged.toFixed(3)} (${s.posts} posts)\n`);
  }
  if (args.flags.has('mistakes')) for (const m of result.mistakes) process.stdout.write(`${m.id}\texpected [${m.expected}]\tgot [${m.got}]\n`);
  return 0;
}
