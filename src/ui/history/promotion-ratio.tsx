// The promotion ratio set against the pack's norm; praise when within it, a concrete idea when not.
import type { PromotionRatio } from '../../history/ratio';
import type { Translate, UiLang } from '../i18n/index';
import type { ReviewKey } from '../i18n/review';
import { formatCount, formatNorm, formatPct } from './format';

export function PromotionRatioView({ t, lang, ratio }: { t: Translate<ReviewKey>; lang: UiLang; ratio: PromotionRatio }) {
  return (
    <section class="ratio" aria-labelledby="ratio-title">
      <h2 id="ratio-title">{t('ratioTitle')}</h2>
      {ratio.posts === 0 ? (
        <p class="empty">{t('ratioEmpty', { days: ratio.windowDays })}</p>
      ) : (
        <>
          <p class="ratio-text">
            {t('ratioText', {
              promotional: formatCount(ratio.promotional, lang),
              posts: formatCount(ratio.posts, lang),
              days: ratio.windowDays,
              pct: formatPct(ratio.share, lang),
            })}
          </p>
          <p>{t('ratioNorm', { norm: formatNorm(ratio.norm, lang) })}</p>
          <p class={ratio.overNorm ? 'ratio-over' : 'ratio-within'}>{ratio.overNorm ? t('ratioOver') : t('ratioWithin')}</p>
        </>
      )}
    </section>
  );
}
