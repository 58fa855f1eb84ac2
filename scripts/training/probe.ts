// What a source needs: fits one learned detector without the source (as `train --loso` does),
// then prints, for a sample of its misses and false alarms, the probability, the veto that
// stopped it and the signals that pushed. Mirrors the broadcasting vetoes (reply, real question,
// invitation, reporting back) and the evidence rule of model/linear.ts; the figures are close to,
// not the same as, the whole engine's (`npm run train:loso`).
//
//   npx tsx scripts/training/probe.ts <source> [label=broadcasting] [sample=30]
import { SIGNALS, SIGNAL_INDEX } from '../../src/engine/signals/extract';
import { defaultPackDirs, loadSources } from '../../cli/corpus';
import { packLoader } from '../../cli/eval';
import { chooseThresholds, fitLogistic, predict } from './fit';
import { examplesFor, examplesSource, rowsOf, targetOf } from './data';
import { postSignals } from '../../src/engine';

const [target, label = 'broadcasting', show = '30'] = process.argv.slice(2);
const sources = [...loadSources(), examplesSource()];
const packFor = packLoader(defaultPackDirs());
const rows = rowsOf(sources, packFor);
const trainNames = new Set(sources.filter((s) => !s.frozen && s.models !== false && s.name !== target).map((s) => s.name));
const data = examplesFor(rows.filter((r) => trainNames.has(r.source)), label as never);
const w = fitLogistic(data, SIGNALS.length);
const th = chooseThresholds(data.map((e) => ({ p: predict(w, e.x), y: e.y, s: e.s }))).normal;
const v = (x: Float64Array, n: string) => x[SIGNAL_INDEX[n as never]]!;
let tp = 0, fn = 0, fp = 0, tn = 0;
const fns: string[] = [], fps: string[] = [];
const vetoCount: Record<string, number> = {};
for (const r of rows.filter((r) => r.source === target)) {
  const y = targetOf(r.post, label as never);
  if (y === undefined) continue;
  const p = predict(w, r.x);
  const veto: string[] = [];
  if (label === 'broadcasting') {
    if (r.post.reply || /^\s*@/.test(r.post.text)) veto.push('reply');
    for (const n of ['q-real', 'invite', 'report-back']) if (v(r.x, n) > 0) veto.push(n);
  }
  const set = postSignals({ text: r.post.text, site: r.post.site, reply: r.post.reply ?? false }, packFor(r.post.org));
  const evidence = SIGNALS.some((n, i) => n !== 'bias' && w[i]! * r.x[i]! >= 0.3 && (set.spans[n]?.length ?? 0) > 0);
  if (p >= th && !evidence) veto.push('no-evidence');
  const got = p >= th && veto.length === 0;
  const drivers = SIGNALS.map((n, i) => [n, w[i]! * r.x[i]!] as const).filter(([n, c]) => n !== 'bias' && Math.abs(c) > 0.15).sort((a, b) => b[1] - a[1]).map(([n, c]) => `${n}${c > 0 ? '+' : ''}${c.toFixed(1)}`).join(' ');
  const line = `${p.toFixed(2)} [${veto.join(',')}] ${drivers}\n    ${r.post.text.replace(/\s+/g, ' ').slice(0, 220)}`;
  if (y && got) tp++;
  else if (y) { fn++; fns.push(line); for (const x of veto.length ? veto : ['low-p']) vetoCount[x] = (vetoCount[x] ?? 0) + 1; }
  else if (got) { fp++; fps.push(line); } else tn++;
}
console.log('strongest: ' + SIGNALS.map((n, i) => [n, w[i]!] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 12).map(([n, x]) => `${n} ${x.toFixed(2)}`).join(', '));
console.log(`${target} ${label}: threshold ${th}; recall ${(tp / (tp + fn)).toFixed(3)} flagged ${(fp / (fp + tn || 1)).toFixed(3)} (tp ${tp} fn ${fn} fp ${fp} tn ${tn}); misses by cause ${JSON.stringify(vetoCount)}`);
const n = Number(show);
const pick = (list: string[]) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / n)) === 0).slice(0, n);
console.log('--- FN'); for (const l of pick(fns)) console.log(l);
console.log('--- FP'); for (const l of pick(fps)) console.log(l);
