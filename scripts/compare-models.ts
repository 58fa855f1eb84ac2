// `npm run train -- --compare` (scripts/compare-models.ts): chooses the model family by
// measurement. Leaves each source out in turn and compares, on the left-out source, a logistic
// model over the named signals alone with one that also sees hashed word stems (4,096
// buckets). Decisions are made on the signal vectors (the engine's extra conditions are left
// out for both), so the difference is the model family's alone.
import { postSignals, type CompiledPack } from '../src/engine';
import { SIGNALS } from '../src/engine/signals/extract';
import { tokenize } from '../src/engine/text';
import { defaultPackDirs, loadSources } from '../cli/corpus';
import { packLoader } from '../cli/eval';
import { chooseThresholds, fitLogistic, predict, type Example } from './training/fit';
import { MODEL_LABELS, SOURCE_WEIGHT, targetOf } from './training/data';

const BUCKETS = 4096;

function hash(word: string): number {
  let h = 2166136261;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return (h >>> 0) % BUCKETS;
}

interface Row {
  source: string;
  frozen: boolean;
  post: Parameters<typeof targetOf>[0];
  signals: Float64Array;
  words: Float64Array;
}

function rowsOf(packFor: (org: string) => CompiledPack): Row[] {
  const rows: Row[] = [];
  for (const source of loadSources()) {
    for (const post of source.posts) {
      const set = postSignals({ text: post.text, reply: post.reply ?? false }, packFor(post.org));
      const words = new Float64Array(SIGNALS.length + BUCKETS);
      words.set(set.values);
      const stems = new Set(tokenize(post.text, set.lang === 'other' ? 'other' : set.lang).map((t) => t.stem));
      const weight = 1 / Math.sqrt(Math.max(stems.size, 1));
      for (const s of stems) words[SIGNALS.length + hash(s)] = weight;
      rows.push({ source: source.name, frozen: source.frozen, post, signals: set.values, words });
    }
  }
  return rows;
}

function examples(rows: readonly Row[], label: (typeof MODEL_LABELS)[number], withWords: boolean): Example[] {
  const bySource = new Map<string, Example[]>();
  for (const r of rows) {
    const y = targetOf(r.post, label);
    if (y === undefined) continue;
    const list = bySource.get(r.source) ?? [];
    list.push({ x: withWords ? r.words : r.signals, y, s: 1 });
    bySource.set(r.source, list);
  }
  return [...bySource.values()].flatMap((list) => list.map((e) => ({ ...e, s: SOURCE_WEIGHT / list.length })));
}

function main(): void {
  const rows = rowsOf(packLoader(defaultPackDirs()));
  const sources = [...new Set(rows.map((r) => r.source))];
  const lines: string[] = ['source\tlabel\tposts\tsignals R / flagged\t+words R / flagged'];
  for (const label of MODEL_LABELS) {
    for (const left of sources) {
      const test = rows.filter((r) => r.source === left && targetOf(r.post, label) !== undefined);
      if (test.length === 0) continue;
      const frozen = test[0]!.frozen;
      const train = rows.filter((r) => r.source !== left && !r.frozen);
      const cells: string[] = [];
      for (const withWords of [false, true]) {
        const data = examples(train, label, withWords);
        const dims = withWords ? SIGNALS.length + BUCKETS : SIGNALS.length;
        const w = fitLogistic(data, dims, { l2: withWords ? 0.004 : 0.002, steps: 500, rate: 0.05 });
        const t = chooseThresholds(data.map((e) => ({ p: predict(w, e.x), y: e.y, s: e.s }))).normal;
        let tp = 0, fn = 0, fp = 0, tn = 0;
        for (const r of test) {
          const y = targetOf(r.post, label)!;
          const hit = predict(w, withWords ? r.words : r.signals) >= t;
          if (y && hit) tp++;
          else if (y) fn++;
          else if (hit) fp++;
          else tn++;
        }
        cells.push(`${tp + fn ? (tp / (tp + fn)).toFixed(2) : '–'} / ${fp + tn ? (fp / (fp + tn)).toFixed(2) : '–'}`);
      }
      lines.push(`${left}${frozen ? ' *' : ''}\t${label}\t${test.length}\t${cells.join('\t')}`);
      process.stderr.write('.');
    }
  }
  process.stdout.write('\n' + lines.join('\n') + '\n');
}

main();
