// The review page: filters, overview (trend, acted-on share, promotion ratio), the table, and
// export / import / clear. Every number comes from the background's answer for the filter.
import { useMemo, useState } from 'preact/hooks';
import { makeT, type UiLang } from '../i18n/index';
import { reviewCatalog } from '../i18n/review';
import { isEmptyFilter, type HistoryFilter } from '../../history/filter';
import { parseDay } from '../../history/time';
import { Filters, NO_FILTERS, type FilterValues } from './filters';
import { HistoryTable } from './history-table';
import { TrendChart } from './trend-chart';
import { ActedShare } from './acted-share';
import { PromotionRatioView } from './promotion-ratio';
import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';
import { ClearHistory } from './clear-history';
import { ImportBatches } from './import-batches';
import { useReviewData } from './use-review-data';
import { formatCount, formatDate } from './format';

export const PAGE_SIZE = 50;

function toFilter(v: FilterValues): HistoryFilter {
  const filter: HistoryFilter = {};
  const from = v.from ? parseDay(v.from) : undefined;
  const to = v.to ? parseDay(v.to) : undefined;
  if (from !== undefined) filter.from = from;
  if (to !== undefined) {
    const next = new Date(to);
    next.setDate(next.getDate() + 1); // "to" is inclusive: up to the next midnight
    filter.to = next.getTime();
  }
  if (v.site) filter.site = v.site;
  if (v.rule) filter.rule = v.rule;
  if (v.outcome) filter.outcome = v.outcome;
  if (v.search.trim()) filter.search = v.search.trim();
  return filter;
}

export function ReviewApp({ lang }: { lang: UiLang }) {
  const t = useMemo(() => makeT(reviewCatalog, lang), [lang]);
  const [values, setValues] = useState<FilterValues>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const filter = useMemo(() => toFilter(values), [values]);
  const data = useReviewData(filter, offset, PAGE_SIZE);
  const { overview, page } = data;
  const n = (x: number) => formatCount(x, lang);
  // Until the overview arrives, the first (unfiltered) page tells how much is stored.
  const stored = overview ? overview.stored : isEmptyFilter(filter) ? page?.total : undefined;

  const changeFilter = (next: FilterValues) => {
    setValues(next);
    setOffset(0);
  };
  const afterChange = () => {
    setOffset(0);
    data.reload();
  };

  return (
    <main data-state={data.state} aria-busy={data.state === 'loading'}>
      <h1>{t('title')}</h1>
      <p class="intro">{t('intro')}</p>
      {data.state === 'error' ? (
        <p class="error" role="alert">
          {t('loadError', { error: data.error ?? '' })} <button type="button" onClick={data.reload}>{t('retry')}</button>
        </p>
      ) : null}
      {stored === undefined ? (
        <p class="loading">{t('loading')}</p>
      ) : stored === 0 ? (
        <section class="empty-state">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyText')}</p>
        </section>
      ) : (
        <>
          {overview?.quota ? (
            <p class="quota-note" role="note">{t('quotaNote', { date: formatDate(overview.quota.at, lang), count: n(overview.quota.removed) })}</p>
          ) : null}
          <Filters t={t} lang={lang} values={values} sites={overview?.sites ?? []} rules={overview?.rules ?? []} onChange={changeFilter} />
          <p class="counts" aria-live="polite">
            {t('stored', { count: n(stored) })} · <span class="matching">{t('matching', { count: n(page?.total ?? overview?.matching ?? 0) })}</span>
          </p>
          {overview ? (
            <div class="overview">
              <section class="trend-section" aria-labelledby="trend-title">
                <h2 id="trend-title">{t('trendTitle')}</h2>
                <TrendChart t={t} lang={lang} trend={overview.trend} categories={Object.fromEntries((page?.events ?? []).filter((e) => e.rule && e.category).map((e) => [e.rule, e.category]))} />
              </section>
              <div class="side">
                <ActedShare t={t} lang={lang} trend={overview.trend} />
                <PromotionRatioView t={t} lang={lang} ratio={overview.ratio} />
              </div>
            </div>
          ) : (
            <p class="loading overview-loading">{t('loading')}</p>
          )}
          {page && page.total > 0 ? (
            <HistoryTable t={t} lang={lang} events={page.events} offset={offset} pageSize={PAGE_SIZE} total={page.total} onPage={setOffset} />
          ) : page ? (
            <p class="empty no-match">{t('noMatch')}</p>
          ) : null}
        </>
      )}
      <div class="tools">
        {overview && stored ? <ExportPanel t={t} lang={lang} filter={filter} count={overview.matching} /> : null}
        <ImportPanel t={t} lang={lang} onImported={afterChange} />
        {overview?.imports.length ? <ImportBatches t={t} lang={lang} batches={overview.imports} onRemoved={afterChange} /> : null}
        {overview && stored ? <ClearHistory t={t} lang={lang} count={overview.stored} onCleared={afterChange} /> : null}
      </div>
    </main>
  );
}
