import { describe, expect, it } from 'vitest';
import { chooseThresholds, fitLogistic, predict, type Example } from './fit';

const row = (bias: number, a: number, b: number) => Float64Array.from([bias, a, b]);

describe('weighted logistic regression', () => {
  it('learns which signal marks the label and which cancels it', () => {
    const data: Example[] = [];
    for (let i = 0; i < 40; i++) {
      data.push({ x: row(1, 1, 0), y: 1, s: 1 });
      data.push({ x: row(1, 0, 1), y: 0, s: 1 });
      data.push({ x: row(1, 1, 1), y: i % 4 === 0 ? 1 : 0, s: 1 });
    }
    const w = fitLogistic(data, 3);
    expect(w[1]).toBeGreaterThan(1);
    expect(w[2]).toBeLessThan(-1);
    expect(predict(w, row(1, 1, 0))).toBeGreaterThan(0.8);
    expect(predict(w, row(1, 0, 1))).toBeLessThan(0.2);
  });

  it('lets a heavy source outweigh a light one on the same signal', () => {
    const data: Example[] = [
      { x: row(1, 1, 0), y: 1, s: 5 },
      { x: row(1, 1, 0), y: 0, s: 1 },
      { x: row(1, 0, 0), y: 0, s: 5 },
    ];
    expect(predict(fitLogistic(data, 3), row(1, 1, 0))).toBeGreaterThan(0.6);
  });

  it('orders thresholds: gentle at or above normal, thorough at or below', () => {
    const scored = Array.from({ length: 200 }, (_, i) => ({ p: i / 200, y: (i > 120 || i % 7 === 0 ? 1 : 0) as 0 | 1, s: 1 }));
    const t = chooseThresholds(scored);
    expect(t.gentle).toBeGreaterThanOrEqual(t.normal);
    expect(t.thorough).toBeLessThanOrEqual(t.normal);
    expect(t.normal).toBeGreaterThan(0.4);
  });
});
