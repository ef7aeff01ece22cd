import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import type { RequestFilter } from '../../gql/graphql';
import { subscribe } from '../../lib/subscriptions';
import { QueueChangedSubscription, QueueRequestsQuery } from './queries';

/**
 * The queue for a filter, newest first as the API lists it, read again whenever `requestQueueChanged` (same filter,
 * same scope) says a request of it changed or arrived.
 */
export function useQueue(filter: RequestFilter) {
  const key = JSON.stringify(filter);
  const [result, refresh] = useQuery({ query: QueueRequestsQuery, variables: { filter } });
  const [live, setLive] = useState(true);
  const [changed, setChanged] = useState<string | null>(null);

  useEffect(() => {
    const stop = subscribe(QueueChangedSubscription, { filter: JSON.parse(key) as RequestFilter }, (data) => {
      setLive(true);
      setChanged(data.requestQueueChanged.trackingCode);
      refresh({ requestPolicy: 'network-only' });
    }, () => setLive(false));
    return stop;
  }, [key, refresh]);

  return { result, refresh: () => refresh({ requestPolicy: 'network-only' }), live, changed };
}
