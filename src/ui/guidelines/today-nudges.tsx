// Today's nudges on this device and the week at a glance, from the local history (read through
// the background, the history's only reader and writer).
import { useEffect, useState } from 'preact/hooks';
import { getTodayCount, getWeeklySummary } from '../../history/client';
import type { WeeklySummary } from '../../history/summary';
import { WeeklySummaryView } from '../history/weekly-summary';
import type { Translate, UiLang } from '../i18n';
import type { PopupKey } from '../i18n/popup';

type Glance = { today: number; week: WeeklySummary };

export function TodayNudges({ t, lang }: { t: Translate<PopupKey>; lang: UiLang }) {
  const [glance, setGlance] = useState<Glance | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    Promise.all([getTodayCount(), getWeeklySummary()]).then(([today, week]) => setGlance({ today, week }), () => setFailed(true));
  }, []);
  if (failed) return <p class="muted">{t('todayUnavailable')}</p>;
  if (!glance) return <p class="muted">{t('loading')}</p>;
  return (
    <>
      <p data-testid="today-count">{glance.today === 0 ? t('todayNone') : glance.today === 1 ? t('todayOne') : t('todayCount', { count: glance.today })}</p>
      <WeeklySummaryView summary={glance.week} lang={lang} />
    </>
  );
}
