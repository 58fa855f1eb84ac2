// `npm run train`: fits the models of the learned detectors on every source that is not a
// frozen test split, and writes them beside their detectors (src/rules/<label>/model.json).
// `npm run train -- --loso`: leave one source out. For each source, fits without it, chooses
// the thresholds without it, and scores it with the whole engine; frozen sources are scored with
// the full model, which never saw them. These are the figures for unseen posts.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadModel, type LinearModel, type ModelFile } from '../src/engine/model/linear';
import { SIGNALS } from '../src/engine/signals/extract';
import { rulesWithModels, type ModelledLabel } from '../src/rules';
import { defaultPackDirs, loadSources, type Source } from '../cli/corpus';
import { evaluate, formatTable, packLoader, tableRows, type EvalResult } from '../cli/eval';
import { chooseThresholds, DEFAULT_FIT, fitLogistic, predict } from './training/fit';
import { examplesFor, examplesSource, MODEL_LABELS, rowsOf, SOURCE_WEIGHT, type Row } from './training/data';

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

function fitModel(rows: readonly Row[], label: ModelledLabel, sources: string[]): ModelFile {
  const data = examplesFor(rows, label);
  const w = fitLogistic(data, SIGNALS.length);
  const thresholds = chooseThresholds(data.map((e) => ({ p: predict(w, e.x), y: e.y, s: e.s })));
  const weights: Record<string, number> = {};
  SIGNALS.forEach((name, i) => {
    if (Math.abs(w[i]!) >= 0.0005) weights[name] = round(w[i]!);
  });
  const positives = data.filter((e) => e.y === 1).length;
  return {
    label,
    weights,
    thresholds,
    trained: { sources, posts: data.length, positives, l2: DEFAULT_FIT.l2, steps: DEFAULT_FIT.steps, sourceWeight: SOURCE_WEIGHT },
  };
}

function fitAll(rows: readonly Row[], sources: string[]): Record<ModelledLabel, ModelFile> {
  return Object.fromEntries(MODEL_LABELS.map((l) => [l, fitModel(rows, l, sources)])) as Record<ModelledLabel, ModelFile>;
}

function loaded(files: Record<ModelledLabel, ModelFile>): Record<ModelledLabel, LinearModel> {
  return Object.fromEntries(MODEL_LABELS.map((l) => [l, loadModel(files[l])])) as Record<ModelledLabel, LinearModel>;
}

function main(argv: string[]): void {
  const loso = argv.includes('--loso');
  const json = argv.find((a) => a.startsWith('--json='))?.slice('--json='.length);
  // --only=a,b: leave out and score only these sources (a quicker check while working on one).
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const sources = [...loadSources(), examplesSource()];
  const packDirs = defaultPackDirs();
  const signalPacks = packLoader(packDirs);
  const rows = rowsOf(sources, signalPacks);
  const trainable = sources.filter((s) => !s.frozen && s.models !== false);
  // Scored by the whole model, as it never trains on them.
  const unseenByModels = (s: Source) => s.frozen || s.models === false;
  const trainRows = (keep: (s: Source) => boolean) => {
    const names = new Set(trainable.filter(keep).map((s) => s.name));
    return rows.filter((r) => names.has(r.source));
  };

  if (!loso) {
    const names = trainable.map((s) => s.name);
    const files = fitAll(trainRows(() => true), names);
    for (const label of MODEL_LABELS) {
      const file = path.resolve('src/rules', label, 'model.json');
      writeFileSync(file, JSON.stringify(files[label], null, 2) + '\n');
      const top = Object.entries(files[label].weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 8);
      process.stdout.write(`${label}: thresholds ${JSON.stringify(files[label].thresholds)}; strongest ${top.map(([n, w]) => `${n} ${w}`).join(', ')}\n`);
    }
    process.stdout.write(`Trained on ${names.join(', ')}. Frozen, never trained on: ${sources.filter((s) => s.frozen).map((s) => s.name).join(', ')}. Not in the models: ${sources.filter((s) => s.models === false).map((s) => s.name).join(', ')}\n`);
    return;
  }

  const named: { name: string; result: EvalResult }[] = [];
  for (const source of sources.filter((s) => !only || only.includes(s.name))) {
    const files = unseenByModels(source)
      ? fitAll(trainRows(() => true), trainable.map((s) => s.name))
      : fitAll(
          trainRows((s) => s.name !== source.name),
          trainable.filter((s) => s.name !== source.name).map((s) => s.name),
        );
    const packs = packLoader(packDirs, rulesWithModels(loaded(files)));
    const result = evaluate(source.posts, packs);
    named.push({ name: source.name + (source.frozen ? ' *' : source.models === false ? ' °' : ''), result });
    process.stderr.write(`scored ${source.name}\n`);
  }
  const out = tableRows(named);
  for (const { name, result } of named) {
    const langs = Object.keys(result.byLang);
    if (langs.length > 1) for (const lang of langs) out.push(...tableRows([{ name: `  ${name} [${lang}]`, result: result.byLang[lang]! }]).slice(1));
  }
  process.stdout.write(formatTable(out));
  process.stdout.write('Each source scored by models fitted without it (thresholds too); * = frozen split, scored by the full model, which never saw it; ° = not in the models (tunes word lists only), scored by the full model.\n');
  if (json) writeFileSync(json, JSON.stringify(named.map(({ name, result }) => ({ name, ...result, mistakes: result.mistakes.slice(0, 200) })), null, 1));
}

main(process.argv.slice(2));
