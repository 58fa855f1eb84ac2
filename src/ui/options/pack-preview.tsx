// A summary of the pack in force and its guidelines as the popup shows them.
import { useMemo } from 'preact/hooks';
import { pickText } from '../../engine/pack/text';
import type { Pack } from '../../engine/pack/types';
import type { Lang } from '../../engine/types';
import { GuidelinesView } from '../guidelines/guidelines-view';
import { makeT, type Translate } from '../i18n';
import type { OptionsKey } from '../i18n/options';
import { popupCatalog } from '../i18n/popup';
import { MatchOverview } from './match-overview';

export function PackPreview({ pack, lang, t }: { pack: Pack; lang: Lang; t: Translate<OptionsKey> }) {
  const popupT = useMemo(() => makeT(popupCatalog, lang), [lang]);
  const off = Object.entries(pack.rules ?? {})
    .filter(([, v]) => v === 'off')
    .map(([k]) => k);
  return (
    <div class="pack-preview" data-testid="pack-preview">
      {pack.description && <p>{pickText(pack.description, lang)}</p>}
      <p class="muted">{t('previewLanguages', { languages: pack.languages.join(', ') })}</p>
      <p class="muted">
        {t('previewCounts', {
          principles: pack.guidelines?.principles?.length ?? 0,
          themes: pack.strategy?.themes?.length ?? 0,
          custom: pack.custom?.length ?? 0,
          tests: pack.tests?.length ?? 0,
        })}
      </p>
      {off.length > 0 && <p class="muted">{t('previewOff', { rules: off.join(', ') })}</p>}
      <MatchOverview pack={pack} lang={lang} />
      <GuidelinesView pack={pack} lang={lang} t={popupT} />
    </div>
  );
}
