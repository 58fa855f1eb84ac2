import { describe, expect, it } from 'vitest';
import { seriesOf, weekRun } from './chart-series';
import type { Trend } from '../../history/aggregate';

describe('chart series', () => {
  it('fills the weeks without nudges, so the x-axis is true to time', () => {
    expect(weekRun(['2026-10-26', '2026-11-16'])).toEqual(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16']);
    expect(weekRun([])).toEqual([]);
  });

  it('keeps the biggest rules as lines and sums the rest', () => {
    const trend: Trend = {
      weeks: ['2026-11-09', '2026-11-16'],
      rules: ['a', 'b', 'c'],
      counts: { a: { '2026-11-09': 5 }, b: { '2026-11-16': 2 }, c: { '2026-11-09': 1, '2026-11-16': 1 } },
      acted: {},
      nudges: 9,
      fixed: 0,
    };
    expect(seriesOf(trend, trend.weeks, 1, 'other')).toEqual([
      { label: 'a', values: [5, 0] },
      { label: 'other', values: [1, 3] },
    ]);
  });
});

describe('gridValues', () => {
  it('labels each grid line with a distinct, round whole count, the top at or above the highest value', async () => {
    const { gridValues } = await import('./trend-chart');
    expect(gridValues(1)).toEqual([0, 1]);
    expect(gridValues(2)).toEqual([0, 1, 2]);
    expect(gridValues(7)).toEqual([0, 2, 4, 6, 8]);
    expect(gridValues(37)).toEqual([0, 10, 20, 30, 40]);
    expect(gridValues(130)).toEqual([0, 50, 100, 150]);
  });
});
