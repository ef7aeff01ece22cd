import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, type Column } from '../../components/DataTable';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { AuditLogQuery as AuditLogResult } from '../../gql/graphql';
import { config } from '../../lib/config';
import { formatInstant } from '../admin/instant';
import { AuditLogQuery } from './queries';

type Entry = AuditLogResult['auditLog']['nodes'][number];

const localDay = (at: string) => new Intl.DateTimeFormat('en-CA', { timeZone: config.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(at));

// The audit log's newest 100 entries, filtered here by who, what and when (the API pages the log oldest first without filters).
export function AuditLog() {
  const { t, i18n } = useTranslation();
  const [result, refresh] = useQuery({ query: AuditLogQuery, requestPolicy: 'network-only' });
  const [actor, setActor] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const entries = useMemo(() => [...(result.data?.auditLog.nodes ?? [])].reverse(), [result.data]);
  const actions = useMemo(() => [...new Set(entries.map((entry) => entry.action))].sort(), [entries]);
  const shown = entries.filter((entry) =>
    (!actor || `${entry.actorName ?? ''} ${entry.actorSubject}`.toLowerCase().includes(actor.toLowerCase()))
    && (!action || entry.action === action)
    && (!from || localDay(entry.at) >= from) && (!to || localDay(entry.at) <= to));
  const columns: Column<Entry>[] = [
    { key: 'at', header: t('users.at'), render: (entry) => formatInstant(entry.at, i18n.language), value: (entry) => entry.at },
    { key: 'actor', header: t('users.actor'), render: (entry) => entry.actorName ?? entry.actorSubject, value: (entry) => entry.actorName ?? entry.actorSubject },
    { key: 'action', header: t('users.action'), render: (entry) => entry.action, value: (entry) => entry.action },
    { key: 'target', header: t('users.target'), render: (entry) => entry.target, value: (entry) => entry.target },
    { key: 'details', header: t('users.details'), render: (entry) => entry.details, value: (entry) => entry.details },
  ];
  return (
    <section data-testid="screen-audit">
      <p><Link to="..">{t('users.title')}</Link></p>
      <h1>{t('users.audit')}</h1>
      <p className="hint">{t('users.auditIntro')}</p>
      <div className="form-row">
        <label className="field"><span>{t('users.filterActor')}</span>
          <input type="search" value={actor} onChange={(event) => setActor(event.target.value)} data-testid="audit-actor" /></label>
        <label className="field"><span>{t('users.filterAction')}</span>
          <select value={action} onChange={(event) => setAction(event.target.value)} data-testid="audit-action">
            <option value="">{t('users.allActions')}</option>
            {actions.map((name) => <option key={name} value={name}>{name}</option>)}
          </select></label>
        <label className="field"><span>{t('users.filterFrom')}</span>
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} data-testid="audit-from" /></label>
        <label className="field"><span>{t('users.filterTo')}</span>
          <input type="date" value={to} onChange={(event) => setTo(event.target.value)} data-testid="audit-to" /></label>
      </div>
      {result.error && !result.data ? <ErrorState onRetry={() => refresh({ requestPolicy: 'network-only' })} detail={result.error.message} />
        : !result.data ? <Loading />
          : shown.length === 0 ? <Empty label={t('users.auditEmpty')} />
            : <DataTable caption={t('users.auditCaption')} columns={columns} rows={shown} rowKey={(entry) => entry.id} fileName="log-audit.csv" testId="audit-table" />}
    </section>
  );
}
