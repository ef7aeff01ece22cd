import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorState, Loading } from '../../components/States';
import type { CatalogVersionsQuery as CatalogVersionsResult } from '../../gql/graphql';
import { formatInstant } from '../admin/instant';
import { CatalogVersionsQuery } from './queries';

type Version = NonNullable<CatalogVersionsResult['service']>['versions'][number];
interface Row { version: Version; changed: string[] }

const COMPONENTS = ['requirements', 'procedure', 'completion', 'fee', 'product', 'complaintChannel', 'legalBasis'] as const;

function component(version: Version, name: (typeof COMPONENTS)[number]): string {
  switch (name) {
    case 'requirements': return JSON.stringify(version.requirements);
    case 'procedure': return JSON.stringify(version.procedure);
    case 'completion': return `${version.completionAmount} ${version.completionUnit}`;
    case 'fee': return String(version.fee);
    default: return version[name];
  }
}

// The published versions from the catalog's own store, newest first; what changed is each version against the one before.
export function VersionHistory({ code, current }: { code: string; current: number }) {
  const { t, i18n } = useTranslation();
  const [result, refresh] = useQuery({ query: CatalogVersionsQuery, variables: { code }, requestPolicy: 'network-only' });
  const versions = result.data?.service?.versions ?? [];
  const rows: Row[] = versions.map((version, index) => {
    const previous = versions[index + 1];
    return { version, changed: previous ? COMPONENTS.filter((name) => component(version, name) !== component(previous, name)) : [] };
  });
  const changeText = (row: Row) => (row.version.version === 1 ? t('catalog.action_CLONED')
    : row.changed.length === 0 ? t('catalog.unchanged') : row.changed.map((name) => t(`catalog.changed_${name}`)).join(', '));
  const columns: Column<Row>[] = [
    { key: 'version', header: t('catalog.version'), numeric: true, render: (row) => String(row.version.version), value: (row) => row.version.version },
    { key: 'at', header: t('catalog.publishedAt'), render: (row) => formatInstant(row.version.publishedAt, i18n.language), value: (row) => row.version.publishedAt },
    { key: 'actor', header: t('catalog.actor'), render: (row) => row.version.publishedBy ?? '—', value: (row) => row.version.publishedBy ?? '' },
    {
      key: 'changed', header: t('catalog.action'), value: changeText,
      render: (row) => (row.version.version === current ? `${changeText(row)} · ${t('catalog.action_CURRENT')}` : changeText(row)),
    },
  ];
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('catalog.history')}</h2>
      {result.error && !result.data ? <ErrorState onRetry={() => refresh({ requestPolicy: 'network-only' })} detail={result.error.message} />
        : !result.data ? <Loading />
          : <DataTable caption={t('catalog.historyCaption')} columns={columns} rows={rows} rowKey={(row) => String(row.version.version)}
            fileName={`riwayat-${code}.csv`} testId="service-history" />}
    </section>
  );
}
