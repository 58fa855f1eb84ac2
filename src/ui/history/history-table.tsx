// One page of the history, grouped by post: each post's journey (shown → fixed / set aside /
// posted) under one heading row; 100,000 events never reach the DOM at once.
import type { HistoryEvent } from '../../history/events';
import type { Translate, UiLang } from '../i18n/index';
import type { ReviewKey } from '../i18n/review';
import { packIdName, ruleName, siteName } from '../shared/vocabulary';
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

/** Events of one post next to each other, posts in the page's order (newest first), events oldest first. */
export function groupByPost(events: readonly HistoryEvent[]): HistoryEvent[][] {
  const groups = new Map<string, HistoryEvent[]>();
  for (const e of events) {
    const key = e.postId || e.id;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  return [...groups.values()].map((g) => [...g].sort((a, b) => a.time - b.time));
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
            <th scope="col">{t('colNudge')}</th>
            <th scope="col">{t('colOutcome')}</th>
            <th scope="col">{t('colText')}</th>
          </tr>
        </thead>
        {groupByPost(events).map((post) => {
          const first = post[0]!;
          return (
            <tbody key={first.postId || first.id} class="post" data-post={first.postId}>
              <tr class="post-head">
                <th scope="rowgroup" colSpan={4}>
                  {t('postHead', { site: siteName(first.site), time: formatTime(first.time, lang) })}
                  <span class="muted"> · {packIdName(first.packId, lang)} {first.packVersion}</span>
                </th>
              </tr>
              {post.map((e) => (
                <tr key={e.id} data-id={e.id} class="event">
                  <td class="time">{formatTime(e.time, lang)}</td>
                  <td>
                    {e.category ? <span class="cat-dot" style={{ background: `var(--pc-cat-${e.category}, var(--pc-cat-custom))` }} aria-hidden="true" /> : null}
                    {e.rule ? ruleName(e.rule, lang) : t('noRule')}
                  </td>
                  <td class={`outcome outcome-${e.outcome}`}>{t(`outcome.${e.outcome}`)}</td>
                  <td class="excerpt">{e.excerpt ?? e.text ?? ''}</td>
                </tr>
              ))}
            </tbody>
          );
        })}
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
