// Nudges per rule per week as an SVG line chart drawn here (no chart library): lines in the
// categories' colours (as in the compose box), round grid values, a line for the week under the
// pointer (or chosen with the arrow keys) with its numbers, and the same numbers in a table.
import { useState } from 'preact/hooks';
import type { Trend } from '../../history/aggregate';
import type { Translate, UiLang } from '../i18n/index';
import type { ReviewKey } from '../i18n/review';
import { CATEGORIES } from '../../engine/labels';
import { ruleName } from '../shared/vocabulary';
import { seriesOf, weekRun } from './chart-series';
import { formatCount, formatDate, formatPct } from './format';

const W = 640;
const H = 220;
const PAD = { left: 40, right: 28, top: 12, bottom: 36 };
const MAX_LINES = 6;
// Dash patterns differ too, so lines stay apart without colour vision.
const DASHES = ['', '6 3', '2 3', '10 4 2 4', '4 4', '1 2'];
const SPARE = ['custom', 'on-behalf', 'confidential', 'off-strategy', 'broadcasting', 'press-release'];

/** A line's colour: its category's token (known from the events on screen, or a built-in rule's id), else a spare one. */
function colourOf(rule: string, index: number, categories: Record<string, string>): string {
  const category = categories[rule] ?? ((CATEGORIES as readonly string[]).includes(rule) ? rule : SPARE[index % SPARE.length]!);
  return `var(--pc-cat-${category})`;
}

/** Round, distinct whole counts for the grid lines (steps of 1, 2, 5 × 10ⁿ), the last at or above `max`. */
export function gridValues(max: number): number[] {
  if (max <= 2) return max <= 1 ? [0, 1] : [0, 1, 2];
  let step = 1;
  for (let scale = 1; ; scale *= 10) {
    const found = [1, 2, 5].map((m) => m * scale).find((s) => Math.ceil(max / s) <= 4);
    if (found) {
      step = found;
      break;
    }
  }
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

export function TrendChart({ t, lang, trend, categories = {} }: { t: Translate<ReviewKey>; lang: UiLang; trend: Trend; categories?: Record<string, string> }) {
  const [hover, setHover] = useState<number | undefined>();
  const weeks = weekRun(trend.weeks);
  if (weeks.length === 0) return <p class="empty">{t('trendEmpty')}</p>;
  const series = seriesOf(trend, weeks, MAX_LINES - 1, t('otherRules')).map((s, i) => ({
    ...s,
    name: s.label === t('otherRules') ? s.label : ruleName(s.label, lang),
    colour: colourOf(s.label, i, categories),
    dash: DASHES[i % DASHES.length]!,
  }));
  const grid = gridValues(Math.max(1, ...series.flatMap((s) => s.values)));
  const top = grid[grid.length - 1]!;
  const x = (i: number) => PAD.left + (weeks.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (weeks.length - 1));
  const y = (v: number) => H - PAD.bottom - (v / top) * (H - PAD.top - PAD.bottom);
  const labelEvery = Math.ceil(weeks.length / 8);
  const weekLabel = (w: string) => formatDate(new Date(`${w}T12:00:00`).getTime(), lang).replace(/\s?\d{4}$/, '');
  const details = (i: number) => series.map((s) => `${s.name} ${formatCount(s.values[i]!, lang)}`).join(', ');
  const pick = (clientX: number, svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect();
    const at = ((clientX - box.left) / box.width) * W;
    let best = 0;
    for (let i = 1; i < weeks.length; i++) if (Math.abs(x(i) - at) < Math.abs(x(best) - at)) best = i;
    setHover(best);
  };
  return (
    <figure class="trend">
      <svg
        class="chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        tabIndex={0}
        aria-label={`${t('trendTitle')}: ${t('trendSummary', { nudges: formatCount(trend.nudges, lang), weeks: weeks.length })}`}
        onPointerMove={(e) => pick(e.clientX, e.currentTarget)}
        onPointerLeave={() => setHover(undefined)}
        onBlur={() => setHover(undefined)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
          e.preventDefault();
          const from = hover ?? (e.key === 'ArrowLeft' ? weeks.length : -1);
          setHover(Math.max(0, Math.min(weeks.length - 1, from + (e.key === 'ArrowLeft' ? -1 : 1))));
        }}
      >
        {grid.map((v) => (
          <g key={v}>
            <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end" font-size="11">{formatCount(v, lang)}</text>
          </g>
        ))}
        {weeks.map((w, i) =>
          i % labelEvery === 0 || i === weeks.length - 1 ? (
            (i === weeks.length - 1 || weeks.length - 1 - i >= labelEvery / 2) && (
              <text key={w} x={x(i)} y={H - PAD.bottom + 16} text-anchor={weeks.length > 1 && i === weeks.length - 1 ? 'end' : i === 0 && weeks.length > 1 ? 'start' : 'middle'} font-size="11">
                {weekLabel(w)}
              </text>
            )
          ) : null,
        )}
        {hover !== undefined && <line class="hover-line" x1={x(hover)} x2={x(hover)} y1={PAD.top} y2={H - PAD.bottom} />}
        {series.map((s) => (
          <g key={s.label} class="series" data-rule={s.label}>
            <polyline fill="none" stroke={s.colour} stroke-width="2" stroke-dasharray={s.dash} points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
            {s.values.map((v, i) => (
              <circle key={i} cx={x(i)} cy={y(v)} r={weeks.length === 1 || hover === i ? 4 : 2.5} fill={s.colour} />
            ))}
          </g>
        ))}
      </svg>
      <p class="tip" aria-live="polite">{hover !== undefined ? t('chartHover', { week: weekLabel(weeks[hover]!), details: details(hover) }) : t('chartHoverHint')}</p>
      {weeks.length === 1 && <p class="note">{t('oneWeekNote')}</p>}
      <figcaption>
        <ul class="legend">
          {series.map((s) => (
            <li key={s.label}>
              <svg width="24" height="8" aria-hidden="true"><line x1="0" x2="24" y1="4" y2="4" stroke={s.colour} stroke-width="2" stroke-dasharray={s.dash} /></svg>
              {s.name}
            </li>
          ))}
        </ul>
        <details>
          <summary>{t('trendTable')}</summary>
          <table class="trend-table">
            <thead>
              <tr>
                <th scope="col">{t('week')}</th>
                {series.map((s) => <th scope="col" key={s.label}>{s.name}</th>)}
                <th scope="col">{t('actedTitle')}</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((w, i) => {
                const acted = trend.acted[w];
                return (
                  <tr key={w}>
                    <th scope="row">{formatDate(new Date(`${w}T12:00:00`).getTime(), lang)}</th>
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
