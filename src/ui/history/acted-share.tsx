// The share of nudges acted on (fixed by editing), with what "acted on" means.
import type { Trend } from '../../history/aggregate';
import type { Translate, UiLang } from '../i18n/index';
import type { ReviewKey } from '../i18n/review';
import { formatCount, formatPct } from './format';

export function ActedShare({ t, lang, trend }: { t: Translate<ReviewKey>; lang: UiLang; trend: Trend }) {
  const share = trend.nudges ? trend.fixed / trend.nudges : 0;
  return (
    <section class="acted" aria-labelledby="acted-title">
      <h2 id="acted-title">{t('actedTitle')}</h2>
      <meter min={0} max={1} value={share} aria-hidden="true" />
      <p class="acted-share">
        {t('actedShare', { fixed: formatCount(trend.fixed, lang), nudges: formatCount(trend.nudges, lang), pct: formatPct(share, lang) })}
      </p>
      <p class="hint">{t('actedDefinition')}</p>
    </section>
  );
}
