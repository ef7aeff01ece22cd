import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, type Column } from '../../components/DataTable';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { CatalogListQuery as CatalogListResult } from '../../gql/graphql';
import { formatInstant } from '../admin/instant';
import { CloneTemplate } from './CloneTemplate';
import { CatalogListQuery } from './queries';
import { useStandardText } from './useStandardText';

type Row = CatalogListResult['services']['nodes'][number];

export function CatalogList() {
  const { t, i18n } = useTranslation();
  const text = useStandardText();
  const [result, refresh] = useQuery({ query: CatalogListQuery, requestPolicy: 'cache-and-network' });
  const rows = result.data?.services.nodes ?? [];
  const columns: Column<Row>[] = [
    { key: 'code', header: t('catalog.code'), render: (row) => row.code, value: (row) => row.code },
    {
      key: 'name', header: t('catalog.name'), render: (row) => row.name, value: (row) => row.name,
      cell: (row) => <Link to={row.code} data-testid="service-link">{row.name}</Link>,
    },
    { key: 'level', header: t('catalog.level'), render: (row) => t(`catalog.level_${row.level}`), value: (row) => row.level },
    { key: 'channels', header: t('catalog.channels'), render: (row) => row.channels.map((channel) => t(`channel.${channel}`)).join(', '), value: (row) => row.channels.join(' ') },
    { key: 'version', header: t('catalog.version'), numeric: true, render: (row) => String(row.currentVersion), value: (row) => row.currentVersion },
    { key: 'publishedAt', header: t('catalog.publishedAt'), render: (row) => formatInstant(row.standard.publishedAt, i18n.language), value: (row) => row.standard.publishedAt },
    { key: 'completion', header: t('catalog.completion'), render: (row) => text.completion(row.standard), value: (row) => row.standard.completionAmount },
    { key: 'fee', header: t('catalog.fee'), numeric: true, render: (row) => text.fee(row.standard.fee), value: (row) => Number(row.standard.fee) },
  ];
  return (
    <section data-testid="screen-catalog">
      <h1>{t('catalog.title')}</h1>
      <p className="hint">{t('catalog.intro')}</p>
      {result.error && !result.data ? <ErrorState onRetry={() => refresh({ requestPolicy: 'network-only' })} detail={result.error.message} />
        : !result.data ? <Loading />
          : rows.length === 0 ? <Empty label={t('catalog.empty')} />
            : <DataTable caption={t('catalog.tableCaption')} columns={columns} rows={rows} rowKey={(row) => row.code} fileName="layanan.csv" testId="catalog-table" />}
      <CloneTemplate />
    </section>
  );
}
