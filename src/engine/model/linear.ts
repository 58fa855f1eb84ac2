// A logistic model over the named signals: p = σ(Σ wᵢ·xᵢ). Its weights come from
// `npm run train` and live as a small JSON file beside the detector that uses them; its
// thresholds say, per intensity, from which probability the detector speaks.
import { SIGNALS, SIGNAL_INDEX, type SignalName, type SignalSet } from '../signals/extract';
import type { Intensity, Span } from '../types';

export interface ModelFile {
  label: string;
  /** Signal name → weight; signals not listed weigh 0. */
  weights: Record<string, number>;
  thresholds: Record<Intensity, number>;
  /** How it was made, for the reviewer: sources, posts, date, regularisation. */
  trained?: Record<string, unknown>;
}

export interface LinearModel {
  label: string;
  w: Float64Array;
  thresholds: Record<Intensity, number>;
}

export function loadModel(file: ModelFile): LinearModel {
  const w = new Float64Array(SIGNALS.length);
  for (const [name, weight] of Object.entries(file.weights)) {
    const i = SIGNAL_INDEX[name as SignalName];
    // A weights file from another version of the signals must not load half-silently.
    if (i === undefined) throw new Error(`Model "${file.label}" weighs an unknown signal "${name}"; run npm run train`);
    w[i] = weight;
  }
  return { label: file.label, w, thresholds: file.thresholds };
}

export interface Contribution {
  signal: SignalName;
  /** wᵢ·xᵢ: how far this signal pushed the score. */
  push: number;
}

export interface ModelScore {
  p: number;
  /** Signals that pushed towards the label, strongest first. */
  drivers: Contribution[];
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function scoreSignals(model: LinearModel, set: SignalSet): ModelScore {
  let z = 0;
  const drivers: Contribution[] = [];
  for (let i = 0; i < SIGNALS.length; i++) {
    const push = model.w[i]! * set.values[i]!;
    z += push;
    if (push > 0.05 && SIGNALS[i] !== 'bias') drivers.push({ signal: SIGNALS[i]!, push });
  }
  drivers.sort((a, b) => b.push - a.push);
  return { p: sigmoid(z), drivers };
}

/**
 * A model speaks only with evidence it can show: some signal that pushed towards the label and
 * has a place in the text. A short neutral post that only the base rate would flag is left alone.
 * `markers` are signals that are evidence in themselves (a notice, a news line) whenever they push
 * towards the label at all; any other signal must push at least 0.3.
 */
export function fires(model: LinearModel, score: ModelScore, set: SignalSet, intensity: Intensity, markers: ReadonlySet<string> = NO_MARKERS): boolean {
  if (score.p < model.thresholds[intensity]) return false;
  return score.drivers.some((d) => (d.push >= 0.3 || (d.push > 0 && markers.has(d.signal))) && (set.spans[d.signal]?.length ?? 0) > 0);
}

const NO_MARKERS: ReadonlySet<string> = new Set();

/** The spans of the strongest drivers that have any, for highlighting. */
export function driverSpans(score: ModelScore, set: SignalSet, limit = 3): Span[] {
  const out: Span[] = [];
  let used = 0;
  for (const d of score.drivers) {
    const spans = set.spans[d.signal];
    if (!spans || spans.length === 0) continue;
    out.push(...spans.slice(0, 4));
    if (++used >= limit) break;
  }
  return out;
}
