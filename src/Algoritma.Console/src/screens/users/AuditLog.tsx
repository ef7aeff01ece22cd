import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, type Column } from '../../components/DataTable';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { AuditLogQuery as AuditLogResult } from '../../gql/graphql';
import { config } from '../../lib/config';
import { formatInstant } from '../admin/instant';
import { AuditLogQuery } from './queries';
import { usePages, useSettled } from './usePages';

type Entry = AuditLogResult['auditLog']['nodes'][number];

// What the log records: a whole family (prefix) or one change.
const ACTIONS = ['user.', 'user.created', 'user.roles_set', 'user.disabled', 'user.enabled', 'client.', 'client.registered', 'client.secret_rotated',
  'client.redirect_uris_set', 'service.', 'service.cloned', 'service.standard_published', 'service.offered', 'cors.origins_set',
  'tenant.', 'tenant.settings_updated', 'tenant.disabled', 'tenant.enabled', 'regions.reimported'];

/** The start of a local date (yyyy-mm-dd) in the city's zone, as an instant: the API filters by instants. */
function startOfDay(day: string, plusDays = 0): string {
  const [year = 2000, month = 1, date = 1] = day.split('-').map(Number);
  const utcGuess = Date.UTC(year, month - 1, date + plusDays);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: config.timeZone, timeZoneName: 'longOffset' })
    .formatToParts(utcGuess).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(offset);
  const minutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0;
  return new Date(utcGuess - minutes * 60_000).toISOString();
}

// The audit log newest first, filtered by the API by who, what and when, 100 entries a page ("load more").
export function AuditLog() {
  const { t, i18n } = useTranslation();
  const [actorText, setActor] = useState('');
  const actor = useSettled(actorText.trim());
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const badRange = Boolean(from && to && to < from);
  const filter = { actor: actor || null, action: action || null, from: from ? startOfDay(from) : null, to: to ? startOfDay(to, 1) : null };
  const pages = usePages<Entry>(JSON.stringify(filter));
  const [result, refresh] = useQuery({ query: AuditLogQuery, variables: { ...filter, after: pages.after }, requestPolicy: 'network-only', pause: badRange });
  const { add } = pages;

  useEffect(() => {
    if (result.data && !result.stale) add(pages.after, result.data.auditLog.nodes);
  }, [result.data]);

  const columns: Column<Entry>[] = [
    { key: 'at', header: t('users.at'), render: (entry) => formatInstant(entry.at, i18n.language), value: (entry) => entry.at },
    { key: 'actor', header: t('users.actor'), render: (entry) => entry.actorName ?? entry.actorSubject, value: (entry) => entry.actorName ?? entry.actorSubject },
    { key: 'action', header: t('users.action'), render: (entry) => entry.action, value: (entry) => entry.action },
    { key: 'target', header: t('users.target'), render: (entry) => entry.target, value: (entry) => entry.target },
    { key: 'details', header: t('users.details'), render: (entry) => entry.details, value: (entry) => entry.details },
  ];
  const rows = pages.rows;
  return (
    <section data-testid="screen-audit">
      <p><Link to="..">{t('users.title')}</Link></p>
      <h1>{t('users.audit')}</h1>
      <p className="hint">{t('users.auditIntro')}</p>
      <div className="form-row">
        <label className="field"><span>{t('users.filterActor')}</span>
          <input type="search" value={actorText} onChange={(event) => setActor(event.target.value)} maxLength={200} data-testid="audit-actor" /></label>
        <label className="field"><span>{t('users.filterAction')}</span>
          <select value={action} onChange={(event) => setAction(event.target.value)} data-testid="audit-action">
            <option value="">{t('users.allActions')}</option>
            {ACTIONS.map((name) => <option key={name} value={name}>{name.endsWith('.') ? t('users.actionFamily', { name: name.slice(0, -1) }) : name}</option>)}
          </select></label>
        <label className="field"><span>{t('users.filterFrom')}</span>
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} data-testid="audit-from" /></label>
        <label className="field"><span>{t('users.filterTo')}</span>
          <input type="date" value={to} onChange={(event) => setTo(event.target.value)} data-testid="audit-to" aria-invalid={badRange}
            aria-describedby={badRange ? 'audit-range-error' : undefined} /></label>
      </div>
      {badRange && <p className="field-error" id="audit-range-error" role="alert" data-testid="audit-range-error">{t('users.badRange')}</p>}
      {badRange ? null
        : result.error && rows.length === 0 ? <ErrorState onRetry={() => { pages.reset(); refresh({ requestPolicy: 'network-only' }); }} detail={result.error.message} />
          : rows.length === 0 && (result.fetching || !result.data) ? <Loading />
            : rows.length === 0 ? <Empty label={t('users.auditEmpty')} />
              : <DataTable caption={t('users.auditCaption')} columns={columns} rows={rows} rowKey={(entry) => entry.id} fileName="log-audit.csv" testId="audit-table" />}
      {result.data && !badRange && (
        <p className="hint" data-testid="audit-shown">
          {t('users.auditShown', { shown: rows.length, total: result.data.auditLog.totalCount })}{' '}
          {result.data.auditLog.pageInfo.hasNextPage && (
            <button type="button" className="button" data-testid="audit-more" onClick={() => pages.more(result.data!.auditLog.pageInfo.endCursor ?? null)}>{t('users.loadMore')}</button>
          )}
        </p>
      )}
    </section>
  );
}
