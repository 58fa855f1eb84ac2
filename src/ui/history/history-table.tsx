// One page of the history as a table, with paging buttons; 100,000 events never reach the DOM at once.
import type { HistoryEvent } from '../../history/events';
import type { Translate, UiLang } from '../i18n/index';
import type { ReviewKey } from '../i18n/review';
import { formatCount, formatTime } from './format';

interface Props {
  t: Translate<ReviewKey>;
  lang: UiLang;
  events: HistoryEvent[];
  offset: number;
  pageSize: number;
  total: number;
  onPage: (offset: number) => void;
}

export function HistoryTable({ t, lang, events, offset, pageSize, total, onPage }: Props) {
  const last = Math.max(0, Math.floor((total - 1) / pageSize) * pageSize);
  const n = (x: number) => formatCount(x, lang);
  return (
    <div class="history-table">
      <table data-total={total}>
        <caption>{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colTime')}</th>
            <th scope="col">{t('colSite')}</th>
            <th scope="col">{t('colRule')}</th>
            <th scope="col">{t('colCategory')}</th>
            <th scope="col">{t('colOutcome')}</th>
            <th scope="col">{t('colPack')}</th>
            <th scope="col">{t('colText')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} data-id={e.id}>
              <td>{formatTime(e.time, lang)}</td>
              <td>{e.site}</td>
              <td>{e.rule || t('noRule')}</td>
              <td>{e.category || t('noRule')}</td>
              <td class={`outcome outcome-${e.outcome}`}>{t(`outcome.${e.outcome}`)}</td>
              <td>{`${e.packId} ${e.packVersion}`}</td>
              <td class="excerpt">{e.excerpt ?? e.text ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav class="pager" aria-label={t('tableCaption')}>
        <button type="button" onClick={() => onPage(0)} disabled={offset === 0}>{t('first')}</button>
        <button type="button" onClick={() => onPage(Math.max(0, offset - pageSize))} disabled={offset === 0}>{t('prev')}</button>
        <span class="page-info" aria-live="polite">
          {t('pageInfo', { start: n(total ? offset + 1 : 0), end: n(Math.min(total, offset + pageSize)), total: n(total) })}
        </span>
        <button type="button" onClick={() => onPage(offset + pageSize)} disabled={offset + pageSize >= total}>{t('next')}</button>
        <button type="button" onClick={() => onPage(last)} disabled={offset >= last}>{t('last')}</button>
      </nav>
    </div>
  );
}
