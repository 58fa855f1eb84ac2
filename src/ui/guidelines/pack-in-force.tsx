// Whose guidelines these are and where they came from, in one short line.
import type { ActivePack } from '../../settings/store';
import type { Translate, UiLang } from '../i18n';
import type { PopupKey } from '../i18n/popup';
import { packName } from '../shared/vocabulary';

const SOURCE_KEYS = {
  default: 'sourceDefault',
  file: 'sourceFile',
  paste: 'sourcePaste',
  url: 'sourceUrl',
  managed: 'sourceManaged',
} as const satisfies Record<ActivePack['source']['kind'], PopupKey>;

export function PackInForce({ active, t, lang }: { active: ActivePack; t: Translate<PopupKey>; lang: UiLang }) {
  const { pack, source } = active;
  return (
    <p class="pack-in-force muted" data-testid="pack-in-force">
      {t('packInForce')} <strong>{packName(pack, lang)}</strong> · {t(SOURCE_KEYS[source.kind], { location: source.location ?? '' })}
      <span class="visually-hidden"> ({pack.version})</span>
    </p>
  );
}
