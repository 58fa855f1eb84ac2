// Which pack is in force and where it came from.
import type { ActivePack } from '../../settings/store';
import type { Translate } from '../i18n';
import type { PopupKey } from '../i18n/popup';

const SOURCE_KEYS = {
  default: 'sourceDefault',
  file: 'sourceFile',
  paste: 'sourcePaste',
  url: 'sourceUrl',
  managed: 'sourceManaged',
} as const satisfies Record<ActivePack['source']['kind'], PopupKey>;

export function PackInForce({ active, t }: { active: ActivePack; t: Translate<PopupKey> }) {
  const { pack, source } = active;
  return (
    <p class="pack-in-force muted" data-testid="pack-in-force">
      {t('packInForce')}: <strong>{pack.name}</strong> {pack.version} ({t(SOURCE_KEYS[source.kind], { location: source.location ?? '' })})
    </p>
  );
}
