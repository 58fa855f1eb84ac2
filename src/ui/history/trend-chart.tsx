// Nudges per rule per week as an SVG line chart drawn here (no chart library), with the same
// numbers in a table for keyboard and screen-reader users.
import type { Trend } from '../../history/aggregate';
import type { Translate, UiLang } from '../i18n/index';
import type { ReviewKey } from '../i18n/review';
import { seriesOf, weekRun } from './chart-series';
import { formatCount, formatPct } from './format';

const W = 640;
const H = 220;
const PAD = { left: 40, right: 12, top: 12, bottom: 36 };
// Colours and dash patterns both differ, so lines stay apart without colour vision.
const STYLES = [
  { color: '#1f6feb', dash: '' },
  { color: '#d1242f', dash: '6 3' },
  { color: '#1a7f37', dash: '2 3' },
  { color: '#9a6700', dash: '10 4 2 4' },
  { color: '#8250df', dash: '4 4' },
  { color: '#57606a', dash: '1 2' },
];

/** Whole counts for the grid lines, none twice (a top of 1 gives 0 and 1, not 0, 1, 1). */
export function gridValues(max: number): number[] {
  return [...new Set([0, Math.round(max / 2), max])];
}

export function TrendChart({ t, lang, trend }: { t: Translate<ReviewKey>; lang: UiLang; trend: Trend }) {
  const weeks = weekRun(trend.weeks);
  if (weeks.length === 0) return <p class="empty">{t('trendEmpty')}</p>;
  const series = seriesOf(trend, weeks, STYLES.length - 1, t('otherRules'));
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const x = (i: number) => PAD.left + (weeks.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (weeks.length - 1));
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const labelEvery = Math.ceil(weeks.length / 8);
  return (
    <figure class="trend">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${t('trendTitle')}: ${t('trendSummary', { nudges: formatCount(trend.nudges, lang), weeks: weeks.length })}`}>
        {gridValues(max).map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#d0d7de" />
            <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end" font-size="11">{v}</text>
          </g>
        ))}
        {weeks.map((w, i) =>
          i % labelEvery === 0 ? (
            <text key={w} x={x(i)} y={H - PAD.bottom + 16} text-anchor="middle" font-size="11">{w.slice(5)}</text>
          ) : null,
        )}
        {series.map((s, si) => (
          <g key={s.label} class="series" data-rule={s.label}>
            <polyline
              fill="none"
              stroke={STYLES[si]!.color}
              stroke-width="2"
              stroke-dasharray={STYLES[si]!.dash}
              points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
            />
            {s.values.map((v, i) => (
              <circle key={i} cx={x(i)} cy={y(v)} r="2.5" fill={STYLES[si]!.color} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul class="legend">
          {series.map((s, si) => (
            <li key={s.label}>
              <svg width="24" height="8" aria-hidden="true"><line x1="0" x2="24" y1="4" y2="4" stroke={STYLES[si]!.color} stroke-width="2" stroke-dasharray={STYLES[si]!.dash} /></svg>
              {s.label}
            </li>
          ))}
        </ul>
        <details>
          <summary>{t('trendTable')}</summary>
          <table class="trend-table">
            <thead>
              <tr>
                <th scope="col">{t('week')}</th>
                {series.map((s) => <th scope="col" key={s.label}>{s.label}</th>)}
                <th scope="col">{t('actedTitle')}</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((w, i) => {
                const acted = trend.acted[w];
                return (
                  <tr key={w}>
                    <th scope="row">{w}</th>
                    {series.map((s) => <td key={s.label}>{s.values[i]}</td>)}
                    <td>{acted && acted.nudges ? formatPct(acted.fixed / acted.nudges, lang) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
