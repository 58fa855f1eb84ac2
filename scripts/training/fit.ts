// Weighted logistic regression with an L2 penalty, fitted by full-batch Adam. Small and
// deterministic: the same data gives the same weights on every machine.
export interface Example {
  x: Float64Array;
  y: 0 | 1;
  /** Sample weight: sources are balanced so that no big file drowns the others. */
  s: number;
}

export interface FitOptions {
  l2: number;
  steps: number;
  rate: number;
}

export const DEFAULT_FIT: FitOptions = { l2: 0.002, steps: 1200, rate: 0.05 };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Index 0 is the bias, which is not penalised. Rows are walked sparsely: most signals are 0. */
export function fitLogistic(data: readonly Example[], dims: number, options: FitOptions = DEFAULT_FIT): Float64Array {
  const w = new Float64Array(dims);
  const m = new Float64Array(dims);
  const v = new Float64Array(dims);
  const g = new Float64Array(dims);
  const sparse = data.map((e) => {
    const idx: number[] = [];
    for (let i = 0; i < dims; i++) if (e.x[i] !== 0) idx.push(i);
    return { idx: Int32Array.from(idx), val: Float64Array.from(idx.map((i) => e.x[i]!)), y: e.y, s: e.s };
  });
  const total = data.reduce((sum, e) => sum + e.s, 0) || 1;
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  for (let step = 1; step <= options.steps; step++) {
    g.fill(0);
    for (const e of sparse) {
      let z = 0;
      for (let k = 0; k < e.idx.length; k++) z += w[e.idx[k]!]! * e.val[k]!;
      const err = (sigmoid(z) - e.y) * e.s;
      for (let k = 0; k < e.idx.length; k++) {
        const j = e.idx[k]!;
        g[j] = g[j]! + err * e.val[k]!;
      }
    }
    for (let i = 0; i < dims; i++) {
      const grad = g[i]! / total + (i === 0 ? 0 : options.l2 * w[i]!);
      m[i] = b1 * m[i]! + (1 - b1) * grad;
      v[i] = b2 * v[i]! + (1 - b2) * grad * grad;
      const mh = m[i]! / (1 - b1 ** step);
      const vh = v[i]! / (1 - b2 ** step);
      w[i] = w[i]! - (options.rate * mh) / (Math.sqrt(vh) + eps);
    }
  }
  return w;
}

export function predict(w: Float64Array, x: Float64Array): number {
  let z = 0;
  for (let i = 0; i < w.length; i++) z += w[i]! * x[i]!;
  return sigmoid(z);
}

export interface Scored {
  p: number;
  y: 0 | 1;
  s: number;
}

function weightedPR(scored: readonly Scored[], t: number) {
  let tp = 0, fp = 0, fn = 0;
  for (const e of scored) {
    if (e.p >= t) {
      if (e.y) tp += e.s;
      else fp += e.s;
    } else if (e.y) fn += e.s;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall };
}

const fBeta = (p: number, r: number, beta: number) => (p + r === 0 ? 0 : ((1 + beta * beta) * p * r) / (beta * beta * p + r));

/**
 * Thresholds per intensity from scored training posts: normal maximises F1 with precision
 * weighted a little higher (F0.8: a coach should rather stay quiet), gentle wants precision, thorough
 * recall.
 */
export function chooseThresholds(scored: readonly Scored[]): { gentle: number; normal: number; thorough: number } {
  const grid: number[] = [];
  for (let t = 0.05; t <= 0.951; t += 0.01) grid.push(Math.round(t * 100) / 100);
  const best = (beta: number) => {
    let top = -1, at = 0.5;
    for (const t of grid) {
      const { precision, recall } = weightedPR(scored, t);
      const f = fBeta(precision, recall, beta);
      if (f > top + 1e-9) [top, at] = [f, t];
    }
    return at;
  };
  const normal = best(0.8);
  return { gentle: Math.max(normal, best(0.5)), normal, thorough: Math.min(normal, best(1.5)) };
}
