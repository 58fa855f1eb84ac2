// Export of the events that match the filters (JSON or CSV), or only their counts for sharing.
import { useState } from 'preact/hooks';
import { queryAll } from '../../history/client';
import type { HistoryFilter } from '../../history/filter';
import { eventsToCsv, eventsToJson } from '../../history/formats';
import { countRows, countsToCsv, countsToJson } from '../../history/counts';
import type { Translate, UiLang } from '../i18n/index';
import type { ReviewKey } from '../i18n/review';
import { download, stamp } from './download';
import { formatCount } from './format';

type Kind = 'json' | 'csv' | 'counts-json' | 'counts-csv';

export function ExportPanel({ t, lang, filter, count }: { t: Translate<ReviewKey>; lang: UiLang; filter: HistoryFilter; count: number }) {
  const [status, setStatus] = useState('');
  const run = async (kind: Kind) => {
    setStatus(t('exporting'));
    try {
      const events = await queryAll(filter);
      const now = Date.now();
      const base = `posting-coach-${kind.startsWith('counts') ? 'counts' : 'history'}-${stamp(now)}`;
      const file = `${base}.${kind.endsWith('csv') ? 'csv' : 'json'}`;
      if (kind === 'json') download(file, eventsToJson(events, now), 'application/json');
      else if (kind === 'csv') download(file, eventsToCsv(events), 'text/csv');
      else if (kind === 'counts-json') download(file, countsToJson(countRows(events), now), 'application/json');
      else download(file, countsToCsv(countRows(events)), 'text/csv');
      setStatus(t('exported', { file }));
    } catch (error) {
      setStatus(t('loadError', { error: String((error as Error)?.message ?? error) }));
    }
  };
  const disabled = count === 0;
  return (
    <section class="export" aria-labelledby="export-title">
      <h2 id="export-title">{t('exportTitle')}</h2>
      <p class="hint">{t('exportHint', { count: formatCount(count, lang) })}</p>
      <div class="buttons">
        <button type="button" disabled={disabled} onClick={() => run('json')}>{t('exportJson')}</button>
        <button type="button" disabled={disabled} onClick={() => run('csv')}>{t('exportCsv')}</button>
        <button type="button" disabled={disabled} onClick={() => run('counts-json')}>{t('countsJson')}</button>
        <button type="button" disabled={disabled} onClick={() => run('counts-csv')}>{t('countsCsv')}</button>
      </div>
      <p class="hint">{t('countsHint')}</p>
      <p class="status" role="status">{status}</p>
    </section>
  );
}
