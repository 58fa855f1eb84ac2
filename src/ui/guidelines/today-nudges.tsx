// Today's nudges on this device, from the local history (read through the background).
import { useEffect, useState } from 'preact/hooks';
import { getTodayCount } from '../../history/client';
import type { Translate } from '../i18n';
import type { PopupKey } from '../i18n/popup';

export function TodayNudges({ t }: { t: Translate<PopupKey> }) {
  const [count, setCount] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    getTodayCount().then(setCount, () => setFailed(true));
  }, []);
  if (failed) return <p class="muted">{t('todayUnavailable')}</p>;
  if (count === null) return <p class="muted">{t('loading')}</p>;
  return <p data-testid="today-count">{count === 0 ? t('todayNone') : t('todayCount', { count })}</p>;
}
