// Loads what the review page shows for a filter and a page: the overview (facets, trend,
// ratio) and one page of rows, each shown as soon as it arrives. A newer request wins over a
// slower older one.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { getOverview, queryHistory } from '../../history/client';
import type { HistoryFilter } from '../../history/filter';
import type { OverviewReply, QueryReply } from '../../history/messages';

export type LoadState = 'loading' | 'ready' | 'error';

export interface ReviewData {
  state: LoadState;
  error?: string;
  overview?: OverviewReply;
  page?: QueryReply;
  reload: () => void;
}

export function useReviewData(filter: HistoryFilter, offset: number, limit: number): ReviewData {
  const [data, setData] = useState<Omit<ReviewData, 'reload'>>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  const latest = useRef(0);
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    const ticket = ++latest.current;
    setData((d) => ({ ...d, state: 'loading' }));
    const current = () => ticket === latest.current;
    // Rows first, then the overview: right after the worker starts, the first page comes from
    // the index at once while the overview needs every event, and asking for both together
    // would make the rows wait behind the full read.
    queryHistory(filter, offset, limit)
      .then((page) => {
        if (current()) setData((d) => ({ ...d, page }));
        return getOverview(filter);
      })
      .then((overview) => void (current() && setData((d) => ({ ...d, overview, state: 'ready' }))))
      .catch((error: unknown) => {
        if (current()) setData((d) => ({ ...d, state: 'error', error: String((error as Error)?.message ?? error) }));
      });
    // filterKey stands for filter's content.
  }, [filterKey, offset, limit, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...data, reload };
}
