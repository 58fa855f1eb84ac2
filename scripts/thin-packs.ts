// Packs as people write them: copies of the example packs cut to a few keywords per theme and
// language (and one example), scored against the full packs, and an honest choice of the
// "no theme fits" thresholds by leaving one organisation out.
//
//   npx tsx scripts/thin-packs.ts [--keywords 5] [--out DIR] [--packs DIR]... [--corpus FILE]...
//                                 [--orgs a,b,c] [--dump]
//
// Three versions of each pack are scored: `full`, `thin` (themes cut to --keywords per language
// and one example) and `thin-all` (the same cut for `avoid` and `reserved` too); the thresholds
// are chosen on all three at once. The thinned packs are written to DIR/thin and DIR/thin-all.
// Each organisation's pack is looked up in the --packs folders in order (default: packs, then
// tests/corpus/packs). Without --corpus: ../shared/corpus/dev.jsonl, tests/corpus/holdout.jsonl
// tests/corpus/new-orgs.jsonl and new-orgs-2.jsonl to new-orgs-8.jsonl. Without --orgs: every organisation in the corpora that has a pack.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyse, compilePack, type CompiledPack, type Pack } from '../src/engine';
import type { Rule } from '../src/engine/rule';
import { labelOf, LABELS, type Label } from '../src/engine/labels';
import { RULES } from '../src/coach-engine';
import { noFitFacts } from '../src/rules/no-theme-fit';
import { DEFAULT_THRESHOLDS, judgeNoFit, type NoFitFacts, type NoFitThresholds } from '../src/rules/no-theme-fit/judge';
import { evaluate, readCorpus, type CorpusPost, type EvalResult } from '../cli/eval';
import { thinPack, type ThinScope } from './thin-pack';

const NAMES = ['full', 'thin', 'thin-all'] as const;
type Variant = (typeof NAMES)[number];

interface Options {
  keywords: number;
  out: string;
  packs: string[];
  corpora: string[];
  orgs?: string[];
  dump: boolean;
}

function parse(argv: string[]): Options {
  const o: Options = { keywords: 5, out: '', packs: [], corpora: [], dump: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = () => argv[++i] ?? '';
    if (a === '--keywords') o.keywords = Number(v());
    else if (a === '--out') o.out = v();
    else if (a === '--packs') o.packs.push(v());
    else if (a === '--corpus') o.corpora.push(v());
    else if (a === '--orgs') o.orgs = v().split(',');
    else if (a === '--dump') o.dump = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (o.packs.length === 0) o.packs = ['packs', 'tests/corpus/packs'];
  if (o.corpora.length === 0) o.corpora = ['../shared/corpus/dev.jsonl', 'tests/corpus/holdout.jsonl', 'tests/corpus/new-orgs.jsonl', 'tests/corpus/new-orgs-2.jsonl', 'tests/corpus/new-orgs-3.jsonl', 'tests/corpus/new-orgs-4.jsonl', 'tests/corpus/new-orgs-5.jsonl', 'tests/corpus/new-orgs-6.jsonl', 'tests/corpus/new-orgs-7.jsonl', 'tests/corpus/new-orgs-8.jsonl'];
  if (!o.out) o.out = path.join(os.tmpdir(), `posting-coach-thin-${o.keywords}`);
  return o;
}

const readPack = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Pack;
const f3 = (n: number) => n.toFixed(3);

/** What one post got with a pack, with no-theme-fit's own decision left open. */
interface Probe {
  post: CorpusPost;
  /** Labels from every other rule (no-theme-fit replaced by a probe that only records). */
  others: Set<Label>;
  flaggedByOthers: boolean;
  facts: NoFitFacts | undefined;
}

function probeRules(record: (f: NoFitFacts | undefined) => void): Rule[] {
  return RULES.map((r) =>
    r.id !== 'no-theme-fit'
      ? r
      : {
          ...r,
          detect: (ctx) => {
            record(noFitFacts(ctx));
            return [];
          },
        },
  );
}

function probePosts(posts: CorpusPost[], packFor: (org: string) => Pack): Probe[] {
  let last: NoFitFacts | undefined;
  const rules = probeRules((f) => (last = f));
  const compiled = new Map<string, CompiledPack>();
  return posts.map((post) => {
    let c = compiled.get(post.org);
    if (!c) compiled.set(post.org, (c = compilePack(packFor(post.org), rules)));
    last = undefined;
    const report = analyse({ text: post.text, site: post.site, reply: post.reply ?? false, role: 'employee' }, c);
    const serious = report.findings.filter((f) => f.severity !== 'info');
    const others = new Set(serious.map((f) => labelOf(f.category)).filter((l): l is Label => l !== undefined));
    return { post, others, flaggedByOthers: serious.length > 0, facts: last };
  });
}

interface OffScore {
  tp: number;
  fp: number;
  fn: number;
  clean: number;
  cleanFlagged: number;
}

type Decide = (p: Probe) => boolean;
const byThresholds = (th: NoFitThresholds): Decide => (p) => p.facts !== undefined && judgeNoFit(p.facts, th) !== 'none';

function scoreOff(probes: Probe[], decide: Decide): OffScore {
  const s: OffScore = { tp: 0, fp: 0, fn: 0, clean: 0, cleanFlagged: 0 };
  for (const p of probes) {
    const noFit = decide(p);
    const got = p.others.has('off-strategy') || noFit;
    const want = p.post.labels.includes('off-strategy');
    if (got && want) s.tp++;
    else if (got) s.fp++;
    else if (want) s.fn++;
    if (p.post.labels.length === 0) {
      s.clean++;
      if (p.flaggedByOthers || noFit) s.cleanFlagged++;
    }
  }
  return s;
}

const prf = (s: OffScore) => {
  const p = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const r = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};
const add = (a: OffScore, b: OffScore): OffScore => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, clean: a.clean + b.clean, cleanFlagged: a.cleanFlagged + b.cleanFlagged });
const EMPTY: OffScore = { tp: 0, fp: 0, fn: 0, clean: 0, cleanFlagged: 0 };

/** Every threshold combination tried. Pack fit counts shared stems (0.35 each): "fewer than k". */
function grid(): NoFitThresholds[] {
  const out: NoFitThresholds[] = [];
  for (const minContent of [8, 10, 12, 14, 16, 18, 20, 25])
    for (const maxFit of [0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.5])
      for (const maxPackFit of [1, 2, 3, 4, 5, 6, 8].map((k) => k * 0.35 + 0.01).concat([Infinity]))
        for (const leisureFit of [0.3, 0.4, 0.5, 0.6]) out.push({ minContent, maxFit, maxPackFit, leisureFit });
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/**
 * The thresholds that do best on the given posts, with full and thinned packs alike: off-strategy
 * hits minus twice the false alarms (a wrong nudge costs more than a missed one). Many settings
 * tie; the one nearest the middle of the tied set (per threshold, by rank) keeps the largest
 * margin on both sides, rather than sitting on the edge of what this data happened to allow.
 */
function choose(variants: Probe[][]): NoFitThresholds {
  const all = grid();
  const scores = all.map((th) => {
    const total = variants.map((v) => scoreOff(v, byThresholds(th))).reduce(add, EMPTY);
    return total.tp - 2 * total.fp;
  });
  const top = Math.max(...scores);
  const tied = all.filter((_, i) => scores[i] === top);
  const keys = ['minContent', 'maxFit', 'maxPackFit', 'leisureFit'] as const;
  const levels = Object.fromEntries(keys.map((k) => [k, [...new Set(all.map((t) => t[k]))].sort((a, b) => a - b)])) as Record<(typeof keys)[number], number[]>;
  const rank = (th: NoFitThresholds, k: (typeof keys)[number]) => levels[k].indexOf(th[k]);
  const centre = Object.fromEntries(keys.map((k) => [k, median(tied.map((t) => rank(t, k)))])) as Record<(typeof keys)[number], number>;
  const distance = (th: NoFitThresholds) => keys.reduce((d, k) => d + Math.abs(rank(th, k) - centre[k]), 0);
  return tied.reduce((best, th) => (distance(th) < distance(best) ? th : best));
}

const thText = (th: NoFitThresholds) => `minContent ${th.minContent}, maxFit ${th.maxFit}, maxPackFit ${Number(th.maxPackFit.toFixed(2))}, leisureFit ${th.leisureFit}`;

function printEval(title: string, r: EvalResult): void {
  process.stdout.write(`  ${title}: ${LABELS.map((l) => `${l} ${f3(r.labels[l].f1)}`).join(' · ')} · cleanFlagged ${f3(r.cleanFlagged)} (${r.posts} posts)\n`);
  for (const [lang, s] of Object.entries(r.byLang)) {
    process.stdout.write(`      ${lang}: ${LABELS.map((l) => `${l} ${f3(s.labels[l].f1)}`).join(' · ')} · cleanFlagged ${f3(s.cleanFlagged)} (${s.posts})\n`);
  }
  const off = r.labels['off-strategy'];
  process.stdout.write(`      off-strategy P ${f3(off.precision)} R ${f3(off.recall)} (tp ${off.tp} fp ${off.fp} fn ${off.fn})\n`);
}

function printOff(title: string, probes: Probe[], decide: Decide): void {
  const langs = [...new Set(probes.map((p) => p.post.lang))].sort();
  const line = (name: string, ps: Probe[]) => {
    const s = scoreOff(ps, decide);
    const { p, r, f1 } = prf(s);
    return `${name} off-strategy P ${f3(p)} R ${f3(r)} F1 ${f3(f1)} (tp ${s.tp} fp ${s.fp} fn ${s.fn}); cleanFlagged ${s.cleanFlagged}/${s.clean}`;
  };
  process.stdout.write(`  ${title}: ${line('all', probes)}\n`);
  for (const l of langs) process.stdout.write(`      ${line(l, probes.filter((p) => p.post.lang === l))}\n`);
}

function main(): void {
  const o = parse(process.argv.slice(2));
  const corpora = o.corpora.map((file) => ({ file, posts: readCorpus(file) }));
  const packFile = (org: string) => o.packs.map((dir) => path.join(dir, `${org}.json`)).find((f) => existsSync(f));
  const allOrgs = [...new Set(corpora.flatMap((c) => c.posts.map((p) => p.org)))].filter((org) => packFile(org) !== undefined);
  const orgs = o.orgs ?? allOrgs;
  mkdirSync(o.out, { recursive: true });
  const full = new Map(orgs.map((org) => [org, readPack(packFile(org) ?? path.join(o.packs[0]!, `${org}.json`))]));
  const thinned = (scope: ThinScope) => {
    const packs = new Map(orgs.map((org) => [org, thinPack(full.get(org)!, o.keywords, scope)]));
    const dir = path.join(o.out, scope === 'all' ? 'thin-all' : 'thin');
    mkdirSync(dir, { recursive: true });
    for (const [org, pack] of packs) writeFileSync(path.join(dir, `${org}.json`), JSON.stringify(pack, null, 2) + '\n');
    return packs;
  };
  const variants = { full, thin: thinned('themes'), 'thin-all': thinned('all') };
  process.stdout.write(`Thinned packs (${o.keywords} keywords per theme and language, one example) written to ${o.out}/thin and ${o.out}/thin-all\n`);
  const compiledFor = (packs: Map<string, Pack>) => {
    const cache = new Map<string, CompiledPack>();
    return (org: string) => cache.get(org) ?? cache.set(org, compilePack(packs.get(org)!, RULES)).get(org)!;
  };

  process.stdout.write(`\n== Eval with the thresholds in the code (${thText(DEFAULT_THRESHOLDS)})\n`);
  for (const c of corpora) {
    const posts = c.posts.filter((p) => orgs.includes(p.org));
    for (const [name, packs] of Object.entries(variants)) printEval(`${path.basename(c.file)} ${name}`, evaluate(posts, compiledFor(packs)));
  }

  const posts = corpora.flatMap((c) => c.posts).filter((p) => orgs.includes(p.org));
  const probes = Object.fromEntries(Object.entries(variants).map(([name, packs]) => [name, probePosts(posts, (org) => packs.get(org)!)])) as Record<Variant, Probe[]>;

  if (o.dump) {
    for (const name of NAMES) {
      for (const p of probes[name]) {
        const f = p.facts;
        process.stdout.write(`${name}\t${p.post.id}\t[${p.post.labels}]\tothers=${[...p.others]}\t${f ? `c=${f.content} t=${f.themeFit.toFixed(2)} g=${f.goalFit.toFixed(2)} p=${f.packFit.toFixed(2)} org=${f.namesOrg} own=${f.ownVoice} leis=${f.leisure}` : '-'}\t${p.post.text.slice(0, 70).replace(/\s+/g, ' ')}\n`);
      }
    }
  }

  process.stdout.write(`\n== Leave one organisation out: thresholds chosen on the other organisations (all corpora; full, thin and thin-all packs), scored on the one left out\n`);
  // Each post's verdict under the thresholds chosen without its organisation.
  const held = Object.fromEntries(NAMES.map((v) => [v, { probes: [] as Probe[], verdicts: new Map<Probe, boolean>() }]));
  for (const org of orgs) {
    const train = NAMES.map((v) => probes[v].filter((p) => p.post.org !== org));
    const th = choose(train);
    process.stdout.write(` ${org}: chosen ${thText(th)}\n`);
    for (const v of NAMES) {
      const test = probes[v].filter((p) => p.post.org === org);
      printOff(`${v}`, test, byThresholds(th));
      for (const p of test) {
        held[v]!.probes.push(p);
        held[v]!.verdicts.set(p, byThresholds(th)(p));
      }
    }
  }
  process.stdout.write(` pooled over the organisations left out:\n`);
  for (const v of NAMES) printOff(v, held[v]!.probes, (p) => held[v]!.verdicts.get(p)!);

  const chosenAll = choose(NAMES.map((v) => probes[v]));
  process.stdout.write(`\n== Chosen on all organisations (in-sample; for the code's defaults): ${thText(chosenAll)}\n`);
  for (const v of NAMES) printOff(v, probes[v], byThresholds(chosenAll));
  process.stdout.write(`   with the code's defaults (${thText(DEFAULT_THRESHOLDS)}):\n`);
  for (const v of NAMES) printOff(v, probes[v], byThresholds(DEFAULT_THRESHOLDS));
}

main();
