import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import type { SatisfactionOfQuery as Answer, SatisfactionOfQueryVariables } from '../../gql/graphql';
import { SatisfactionOfQuery } from './queries';

export interface Group { key: string; label: string; variables: SatisfactionOfQueryVariables }
export interface GroupIkm { key: string; label: string; ikm: Answer['satisfaction'] }

// One satisfaction answer per group (a kecamatan, a service, a quarter): the API answers one scope per call.
export function useSatisfactionEach(groups: Group[]) {
  const client = useClient();
  const [state, setState] = useState<{ rows?: GroupIkm[]; error?: string }>({});
  const signature = JSON.stringify(groups);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState({});
    Promise.all(groups.map(async (group) => {
      const result = await client.query(SatisfactionOfQuery, group.variables).toPromise();
      if (result.error) throw result.error;
      return { key: group.key, label: group.label, ikm: result.data?.satisfaction ?? null };
    }))
      .then((rows) => { if (current) setState({ rows }); })
      .catch((error: Error) => { if (current) setState({ error: error.message }); });
    return () => { current = false; };
  }, [client, signature, attempt]); // groups are compared by their signature

  return { ...state, retry: () => setAttempt((count) => count + 1) };
}
