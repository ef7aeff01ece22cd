import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, type Column } from '../../components/DataTable';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { QueueRequestsQuery as QueueRequestsResult, RequestFilter, RequestStatus } from '../../gql/graphql';
import { QueueServicesQuery } from './queries';
import { formatInstant, workingTimeLeft } from './timeLeft';
import { useQueue } from './useQueue';

type Row = QueueRequestsResult['requests']['nodes'][number];
const STATUSES: RequestStatus[] = ['SUBMITTED', 'VERIFIED', 'RETURNED', 'COMPLETED', 'REJECTED', 'CANCELLED'];
const SLAS = ['breached', 'today', 'within'] as const;

/** The API filters by status, service, breach and "due today" (open, deadline on the city's date, not yet breached). */
function filterOf(params: URLSearchParams): RequestFilter {
  const status = params.get('status');
  const sla = params.get('sla');
  return {
    status: STATUSES.includes(status as RequestStatus) ? status as RequestStatus : null,
    service: params.get('service') || null,
    slaBreached: sla === 'breached' ? true : sla === 'today' || sla === 'within' ? false : null,
    dueToday: sla === 'today' ? true : null,
  };
}

export function QueueList() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterOf(params), [params]);
  const sla = params.get('sla') ?? '';
  const { result, rows, total, hasMore, loadingMore, loadMore, refresh, live, changed } = useQueue(filter);
  const [services] = useQuery({ query: QueueServicesQuery });

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value); else next.delete(name);
    setParams(next, { replace: true });
  };

  const open = (row: Row) => row.status === 'SUBMITTED' || row.status === 'VERIFIED';
  const columns: Column<Row>[] = [
    { key: 'tracking', header: t('queue.tracking'), render: (row) => row.trackingCode, value: (row) => row.trackingCode,
      cell: (row) => <Link to={`/queue/${encodeURIComponent(row.id)}`} data-testid="queue-link">{row.trackingCode}</Link> },
    { key: 'service', header: t('queue.service'), render: (row) => row.service?.name ?? row.serviceCode, value: (row) => row.service?.name ?? row.serviceCode },
    { key: 'unit', header: t('queue.unit'), render: (row) => row.unit?.name ?? row.unitCode, value: (row) => row.unit?.name ?? row.unitCode },
    { key: 'channel', header: t('queue.channel'), render: (row) => t(`channel.${row.channel}`), value: (row) => row.channel },
    { key: 'status', header: t('queue.status'), render: (row) => t(`queue.status_${row.status}`), value: (row) => row.status },
    { key: 'submitted', header: t('queue.submitted'), render: (row) => formatInstant(row.submittedAt, language), value: (row) => row.submittedAt },
    { key: 'deadline', header: t('queue.deadline'), render: (row) => formatInstant(row.deadline, language), value: (row) => row.deadline },
    { key: 'left', header: t('queue.timeLeft'),
      render: (row) => (open(row) ? workingTimeLeft(row.workingTimeLeft, t) : t('queue.closed')),
      cell: (row) => <span className={row.slaBreached ? 'overdue' : undefined} data-testid="queue-time-left">{open(row) ? workingTimeLeft(row.workingTimeLeft, t) : t('queue.closed')}</span>,
      value: (row) => (open(row) ? row.workingTimeLeft ?? null : null), numeric: true },
    { key: 'sla', header: t('queue.sla'), render: (row) => (row.slaBreached ? t('queue.sla_breached') : t('queue.sla_within')), value: (row) => (row.slaBreached ? 1 : 0) },
  ];

  return (
    <div className="screen queue" data-testid="screen-queue">
      <h1>{t('queue.title')}</h1>
      <fieldset className="filters" data-testid="queue-filters">
        <legend className="visually-hidden">{t('queue.filters')}</legend>
        <label className="field">
          <span>{t('queue.status')}</span>
          <select value={filter.status ?? ''} onChange={(event) => setParam('status', event.target.value)} data-testid="queue-status">
            <option value="">{t('queue.all')}</option>
            {STATUSES.map((status) => <option key={status} value={status}>{t(`queue.status_${status}`)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('queue.service')}</span>
          <select value={filter.service ?? ''} onChange={(event) => setParam('service', event.target.value)} data-testid="queue-service">
            <option value="">{t('queue.allServices')}</option>
            {(services.data?.services.nodes ?? []).map((service) => <option key={service.code} value={service.code}>{service.name}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('queue.sla')}</span>
          <select value={sla} onChange={(event) => setParam('sla', event.target.value)} data-testid="queue-sla">
            <option value="">{t('queue.all')}</option>
            {SLAS.map((option) => <option key={option} value={option}>{t(`queue.sla_${option}`)}</option>)}
          </select>
        </label>
      </fieldset>
      <p className="live" role="status" data-testid="queue-live">
        {live ? t('queue.live') : t('queue.liveOff')}{changed ? ` — ${t('queue.arrived', { code: changed })}` : ''}
      </p>
      {result.error ? <ErrorState detail={result.error.message} onRetry={refresh} />
        : !result.data ? <Loading />
          : rows.length === 0 ? <Empty label={t('queue.empty')} />
            : (
              <>
                <p data-testid="queue-count">{t('queue.count', { shown: rows.length, total })}</p>
                <DataTable caption={t('queue.tableCaption')} columns={columns} rows={rows} rowKey={(row) => row.id}
                  fileName="antrian.csv" testId="queue-table" />
                {hasMore && (
                  <button type="button" className="button" disabled={loadingMore} onClick={loadMore} data-testid="queue-more">
                    {loadingMore ? t('queue.loadingMore') : t('queue.loadMore')}
                  </button>
                )}
              </>
            )}
    </div>
  );
}
