import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { QueueRequestsQuery as QueueRequestsResult, RequestFilter } from '../../gql/graphql';
import { subscribe } from '../../lib/subscriptions';
import { QueueChangedSubscription, QueueRequestsQuery } from './queries';

type Row = QueueRequestsResult['requests']['nodes'][number];
type Page = QueueRequestsResult['requests'];

/**
 * The queue for a filter, newest first as the API lists it, 100 a page ("load more"). When `requestQueueChanged`
 * (same filter, same scope) says a request changed or arrived, the first page is read again (a new one lands on top)
 * and a request on a later page takes the status and version the notice carries.
 */
export function useQueue(filter: RequestFilter) {
  const key = JSON.stringify(filter);
  const [result, refresh] = useQuery({ query: QueueRequestsQuery, variables: { filter, after: null } });
  const [more, setMore] = useState<{ key: string; pending: string | null; pages: Page[] }>({ key, pending: null, pages: [] });
  const current = more.key === key ? more : { key, pending: null, pages: [] };
  const [moreResult] = useQuery({ query: QueueRequestsQuery, variables: { filter, after: current.pending }, pause: !current.pending });
  const [live, setLive] = useState(true);
  const [changed, setChanged] = useState<string | null>(null);

  useEffect(() => {
    if (more.key !== key) setMore({ key, pending: null, pages: [] });
  }, [key, more.key]);

  useEffect(() => {
    const page = moreResult.data?.requests;
    if (page && !moreResult.stale && current.pending && moreResult.operation?.variables.after === current.pending) {
      setMore((state) => (state.key === key ? { ...state, pending: null, pages: [...state.pages, page] } : state));
    }
  }, [moreResult.data]);

  useEffect(() => {
    const stop = subscribe(QueueChangedSubscription, { filter: JSON.parse(key) as RequestFilter }, (data) => {
      const notice = data.requestQueueChanged;
      setLive(true);
      setChanged(notice.trackingCode);
      setMore((state) => ({ ...state, pages: state.pages.map((page) => ({
        ...page, nodes: page.nodes.map((row) => (row.id === notice.id ? { ...row, status: notice.status, version: notice.version } : row)),
      })) }));
      refresh({ requestPolicy: 'network-only' });
    }, () => setLive(false));
    return stop;
  }, [key, refresh]);

  const rows = useMemo(() => {
    const seen = new Set<string>();
    return [result.data?.requests, ...current.pages].flatMap((page) => page?.nodes ?? [])
      .filter((row: Row) => (seen.has(row.id) ? false : (seen.add(row.id), true)));
  }, [result.data, current.pages]);
  const last = current.pages.length > 0 ? current.pages[current.pages.length - 1] : result.data?.requests;

  return {
    result,
    rows,
    total: result.data?.requests.totalCount ?? 0,
    hasMore: Boolean(last?.pageInfo.hasNextPage),
    loadingMore: Boolean(current.pending),
    loadMore: () => setMore((state) => ({ ...state, pending: last?.pageInfo.endCursor ?? null })),
    refresh: () => { setMore({ key, pending: null, pages: [] }); refresh({ requestPolicy: 'network-only' }); },
    live,
    changed,
  };
}
