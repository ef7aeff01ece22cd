import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorState, Loading } from '../../components/States';
import { formatInstant } from '../admin/instant';
import { CatalogHistoryQuery } from './queries';

interface Row { version: number | null; at: string; actor: string; action: 'CLONED' | 'PUBLISHED' | 'CURRENT' }

function versionOf(details: string): number | null {
  try {
    const parsed = JSON.parse(details) as { version?: unknown };
    return typeof parsed.version === 'number' ? parsed.version : null;
  } catch {
    return null;
  }
}

// The versions the audit log names for this service (its publications and the clone that made version 1), newest first;
// the version in force is always listed, also when its publication is older than the log's newest entries.
export function VersionHistory({ code, current }: { code: string; current: { version: number; publishedAt: string } }) {
  const { t, i18n } = useTranslation();
  const [result, refresh] = useQuery({ query: CatalogHistoryQuery, requestPolicy: 'network-only' });
  const rows = useMemo(() => {
    const entries: Row[] = (result.data?.auditLog.nodes ?? [])
      .filter((entry) => entry.target === code && (entry.action === 'service.standard_published' || entry.action === 'service.cloned'))
      .map((entry) => ({
        version: entry.action === 'service.cloned' ? 1 : versionOf(entry.details),
        at: entry.at, actor: entry.actorName ?? entry.actorSubject,
        action: entry.action === 'service.cloned' ? 'CLONED' : 'PUBLISHED',
      }));
    if (!entries.some((entry) => entry.version === current.version)) {
      entries.push({ version: current.version, at: current.publishedAt, actor: '—', action: 'CURRENT' });
    }
    return entries.sort((a, b) => (b.version ?? 0) - (a.version ?? 0) || b.at.localeCompare(a.at));
  }, [result.data, code, current]);
  const columns: Column<Row>[] = [
    { key: 'version', header: t('catalog.version'), numeric: true, render: (row) => (row.version === null ? '—' : String(row.version)), value: (row) => row.version },
    { key: 'at', header: t('catalog.publishedAt'), render: (row) => formatInstant(row.at, i18n.language), value: (row) => row.at },
    {
      key: 'action', header: t('catalog.action'), value: (row) => row.action,
      render: (row) => (row.version === current.version ? `${t(`catalog.action_${row.action}`)} · ${t('catalog.action_CURRENT')}` : t(`catalog.action_${row.action}`)),
    },
    { key: 'actor', header: t('catalog.actor'), render: (row) => row.actor, value: (row) => row.actor },
  ];
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('catalog.history')}</h2>
      <p className="hint">{t('catalog.historyNote')}</p>
      {result.error && !result.data ? <ErrorState onRetry={() => refresh({ requestPolicy: 'network-only' })} detail={result.error.message} />
        : !result.data ? <Loading />
          : <DataTable caption={t('catalog.historyCaption')} columns={columns} rows={rows} rowKey={(row) => `${row.version}-${row.at}`}
            fileName={`riwayat-${code}.csv`} testId="service-history" />}
    </section>
  );
}
