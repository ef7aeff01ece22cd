import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, type Column } from '../../components/DataTable';
import { Empty, ErrorState, Loading } from '../../components/States';
import { formatNumber } from '../../lib/format';
import { formatInstant } from '../admin/instant';
import { RegionDetailsListQuery } from './queries';

interface RegionRow {
  code: string; name: string; kind: string; kecamatan: string;
  address?: string | null; phone?: string | null; headName?: string | null; officerCount?: number | null; detailsUpdatedAt?: string | null;
}

// Each kecamatan above its kelurahan/desa, with a link to edit its details; a select narrows to one kecamatan (in the URL).
export function RegionList() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('kecamatan') ?? '';
  const [result, refresh] = useQuery({ query: RegionDetailsListQuery, requestPolicy: 'cache-and-network' });
  const kecamatans = useMemo(() => result.data?.kecamatans.nodes ?? [], [result.data]);

  const rows: RegionRow[] = useMemo(() => kecamatans
    .filter((kecamatan) => !chosen || kecamatan.code === chosen)
    .flatMap((kecamatan) => [
      { ...kecamatan, kecamatan: kecamatan.name },
      ...kecamatan.villages.nodes.map((village) => ({ ...village, kecamatan: kecamatan.name })),
    ]), [kecamatans, chosen]);

  const columns: Column<RegionRow>[] = [
    { key: 'code', header: t('regions.code'), render: (row) => row.code, value: (row) => row.code },
    {
      key: 'name', header: t('regions.name'), render: (row) => row.name, value: (row) => row.name,
      cell: (row) => <Link to={row.code} data-testid="region-link" aria-label={t('regions.editOf', { name: row.name })}
        className={row.kind === 'KECAMATAN' ? 'strong' : undefined}>{row.kind === 'KECAMATAN' ? <strong>{row.name}</strong> : row.name}</Link>,
    },
    { key: 'kind', header: t('regions.kind'), render: (row) => t(`regions.kind_${row.kind}`), value: (row) => row.kind },
    { key: 'kecamatan', header: t('regions.kecamatan'), render: (row) => row.kecamatan, value: (row) => row.kecamatan },
    { key: 'address', header: t('regions.address'), render: (row) => row.address ?? '—', value: (row) => row.address ?? null },
    { key: 'phone', header: t('regions.phone'), render: (row) => row.phone ?? '—', value: (row) => row.phone ?? null },
    { key: 'headName', header: t('regions.headName'), render: (row) => row.headName ?? '—', value: (row) => row.headName ?? null },
    {
      key: 'officerCount', header: t('regions.officerCount'), numeric: true,
      render: (row) => formatNumber(row.officerCount, i18n.language), value: (row) => row.officerCount ?? null,
    },
    {
      key: 'updatedAt', header: t('regions.updatedAt'),
      render: (row) => formatInstant(row.detailsUpdatedAt, i18n.language), value: (row) => row.detailsUpdatedAt ?? null,
    },
  ];

  return (
    <section data-testid="screen-regions">
      <h1>{t('regions.title')}</h1>
      <p className="hint">{t('regions.intro')}</p>
      <p><Link to="impor-ulang" data-testid="reimport-link">{t('regions.reimport')}</Link></p>
      <label className="field">
        <span>{t('regions.kecamatan')}</span>
        <select value={chosen} data-testid="regions-kecamatan"
          onChange={(event) => setParams(event.target.value ? { kecamatan: event.target.value } : {}, { replace: true })}>
          <option value="">{t('regions.allKecamatan')}</option>
          {kecamatans.map((kecamatan) => <option key={kecamatan.code} value={kecamatan.code}>{kecamatan.name}</option>)}
        </select>
      </label>
      {result.error && !result.data ? <ErrorState onRetry={() => refresh({ requestPolicy: 'network-only' })} detail={result.error.message} />
        : !result.data ? <Loading />
          : rows.length === 0 ? <Empty label={t('regions.empty')} />
            : <DataTable caption={t('regions.tableCaption')} columns={columns} rows={rows} rowKey={(row) => row.code}
              fileName="data-wilayah.csv" testId="regions-table" />}
    </section>
  );
}
