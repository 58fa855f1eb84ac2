// Imported events are kept apart from the user's own; each import can be removed at once.
import { useState } from 'preact/hooks';
import { removeImport } from '../../history/client';
import type { ImportBatch } from '../../history/imported-store';
import type { Translate, UiLang } from '../i18n/index';
import type { ReviewKey } from '../i18n/review';
import { formatCount, formatDate } from './format';

export function ImportBatches({ t, lang, batches, onRemoved }: { t: Translate<ReviewKey>; lang: UiLang; batches: ImportBatch[]; onRemoved: () => void }) {
  const [status, setStatus] = useState('');
  if (!batches.length && !status) return null;
  const remove = async (b: ImportBatch) => {
    try {
      const removed = await removeImport(b.batch);
      setStatus(t('importRemoved', { count: formatCount(removed, lang) }));
      onRemoved();
    } catch (error) {
      setStatus(t('loadError', { error: String((error as Error)?.message ?? error) }));
    }
  };
  return (
    <section class="import-batches" aria-labelledby="batches-title">
      <h2 id="batches-title">{t('importBatchesTitle')}</h2>
      <ul>
        {batches.map((b) => (
          <li key={b.batch}>
            {t('importBatch', { date: formatDate(b.batch, lang), count: formatCount(b.count, lang) })}{' '}
            <button type="button" onClick={() => void remove(b)}>{t('importRemove')}</button>
          </li>
        ))}
      </ul>
      <p class="status" role="status">{status}</p>
    </section>
  );
}
