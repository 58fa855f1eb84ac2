// The pack in force, where it came from, how its last URL refresh went, and the way back to
// the default.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getPackStatus, PACK_STATUS_KEY, type PackStatus } from '../../settings/pack-status';
import { ACTIVE_PACK_KEY, DEFAULT_ACTIVE_PACK, type ActivePack } from '../../settings/store';
import type { Translate } from '../i18n';
import type { OptionsKey } from '../i18n/options';
import { packName } from '../shared/vocabulary';

const SOURCE: Record<ActivePack['source']['kind'], OptionsKey> = {
  default: 'sourceDefault',
  file: 'sourceFile',
  paste: 'sourcePaste',
  url: 'sourceUrl',
  managed: 'sourceManaged',
};

function usePackStatus(): PackStatus | undefined {
  const [status, setStatus] = useState<PackStatus>();
  useEffect(() => {
    void getPackStatus().then(setStatus);
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && PACK_STATUS_KEY in changes) setStatus(changes[PACK_STATUS_KEY]!.newValue as PackStatus | undefined);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return status;
}

export function PackInForce({ active, t, lang }: { active: ActivePack; t: Translate<OptionsKey>; lang: string }) {
  const status = usePackStatus();
  const [reset, setReset] = useState(false);
  const { pack, source } = active;
  const when = (ms: number) => new Date(ms).toLocaleString(lang);
  const showStatus = status && source.location === status.url;
  const backToDefault = async () => {
    await browser.storage.local.set({ [ACTIVE_PACK_KEY]: { ...DEFAULT_ACTIVE_PACK, source: { kind: 'default', loadedAt: Date.now() } } });
    setReset(true);
  };
  return (
    <div class="pack-in-force">
      <p data-testid="options-pack-in-force">
        <strong>{t('inForce', { name: packName(pack, lang === 'nl' ? 'nl' : 'en'), version: pack.version })}</strong>{' '}
        <span class="muted">({t(SOURCE[source.kind], { location: source.location ?? '' })})</span>
      </p>
      {showStatus && (
        <p class="muted" data-testid="refresh-status">
          {status.ok ? t('refreshOk', { date: when(status.checkedAt) }) : t('refreshFailed', { date: when(status.checkedAt), detail: status.problem ?? '' })}
        </p>
      )}
      {source.kind !== 'default' && !source.locked && (
        <button type="button" class="secondary" onClick={() => void backToDefault()}>
          {t('resetButton')}
        </button>
      )}
      {reset && source.kind === 'default' && <p role="status">{t('resetDone')}</p>}
    </div>
  );
}
