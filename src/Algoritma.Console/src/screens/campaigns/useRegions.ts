import { useMemo } from 'react';
import { useQuery } from 'urql';
import { CampaignRegionsQuery } from './queries';

export interface KecamatanGroup { code: string; name: string; villages: { code: string; name: string }[] }

/** The tenant's kecamatan with their kelurahan/desa, and every unit's name by its code. */
export function useRegions() {
  const [result, refresh] = useQuery({ query: CampaignRegionsQuery });
  const groups: KecamatanGroup[] = useMemo(() => (result.data?.kecamatans.nodes ?? []).map((kecamatan) => ({
    code: kecamatan.code, name: kecamatan.name, villages: kecamatan.villages.nodes.map((village) => ({ code: village.code, name: village.name })),
  })), [result.data]);
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const group of groups) {
      map.set(group.code, `Kec. ${group.name}`);
      for (const village of group.villages) map.set(village.code, village.name);
    }
    return map;
  }, [groups]);
  return { groups, names, fetching: result.fetching, error: result.error, refresh };
}
