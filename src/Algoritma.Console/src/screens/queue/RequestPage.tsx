import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { DataTable, type Column } from '../../components/DataTable';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { QueueRequestQuery as QueueRequestResult } from '../../gql/graphql';
import { QueueRequestQuery } from './queries';
import { RequestActions } from './RequestActions';
import { formatInstant, workingTimeLeft } from './timeLeft';

type Request = Extract<NonNullable<QueueRequestResult['node']>, { trackingCode: string }>;
type Step = Request['history'][number];

export function RequestPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { id = '' } = useParams();
  const [result, refresh] = useQuery({ query: QueueRequestQuery, variables: { id } });
  const reload = () => refresh({ requestPolicy: 'network-only' });
  const request = result.data?.node && 'trackingCode' in result.data.node ? result.data.node as Request : null;

  const body = result.error ? <ErrorState detail={result.error.message} onRetry={reload} />
    : !result.data ? <Loading />
      : !request ? <Empty label={t('queue.notFound')} />
        : null;
  if (body || !request) {
    return (
      <div className="screen queue" data-testid="screen-request">
        <p><Link to="/queue">← {t('queue.back')}</Link></p>
        <h1>{t('queue.request')}</h1>
        {body}
      </div>
    );
  }

  const open = request.status === 'SUBMITTED' || request.status === 'VERIFIED';
  const provided = new Set(request.documents);
  const steps: Column<Step>[] = [
    { key: 'at', header: t('queue.when'), render: (step) => formatInstant(step.at, language), value: (step) => step.at },
    { key: 'event', header: t('queue.step'), render: (step) => t(`queue.event_${step.event}`), value: (step) => step.event },
    { key: 'by', header: t('queue.by'), render: (step) => t(`queue.actor_${step.actorRole}`), value: (step) => step.actorRole },
    { key: 'note', header: t('queue.note'),
      render: (step) => [step.reasonCode ? t(`queue.reason_${step.reasonCode}`) : '', step.note ?? ''].filter(Boolean).join(': '),
      value: (step) => step.note ?? '' },
  ];

  return (
    <div className="screen queue" data-testid="screen-request">
      <p><Link to="/queue">← {t('queue.back')}</Link></p>
      <h1>{t('queue.request')} <span data-testid="request-tracking">{request.trackingCode}</span></h1>
      <dl className="facts" aria-label={t('queue.facts')} data-testid="request-facts">
        <div><dt>{t('queue.status')}</dt><dd data-testid="request-status">{t(`queue.status_${request.status}`)}</dd></div>
        <div><dt>{t('queue.service')}</dt><dd>{request.service?.name ?? request.serviceCode} · {t('queue.standardVersion', { version: request.standard.version })}</dd></div>
        <div><dt>{t('queue.unit')}</dt><dd>{request.unit?.name ?? request.unitCode}</dd></div>
        <div><dt>{t('queue.channel')}</dt><dd>{t(`channel.${request.channel}`)}</dd></div>
        <div><dt>{t('queue.submitted')}</dt><dd>{formatInstant(request.submittedAt, language)}</dd></div>
        <div>
          <dt>{t('queue.deadline')}</dt>
          <dd data-testid="request-deadline">
            {formatInstant(request.deadline, language)}
            {open && <> · <span className={request.slaBreached ? 'overdue' : undefined}>{workingTimeLeft(request.workingTimeLeft, t)}</span></>}
            {request.slaBreached && <> · {t('queue.sla_breached')}</>}
          </dd>
        </div>
        {request.closedAt && <div><dt>{t('queue.closedAt')}</dt><dd>{formatInstant(request.closedAt, language)}</dd></div>}
      </dl>
      <section className="panel" aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t('queue.documents')}</h2>
        <ul className="checklist" data-testid="request-documents">
          {request.standard.requirements.map((requirement) => (
            <li key={requirement.code} data-testid="request-document" data-provided={provided.has(requirement.code)}>
              <span aria-hidden="true">{provided.has(requirement.code) ? '☑' : '☐'}</span>{' '}
              {requirement.name}{!requirement.required && ` ${t('queue.optional')}`}
              {' — '}<strong>{provided.has(requirement.code) ? t('queue.provided') : t('queue.missing')}</strong>
            </li>
          ))}
        </ul>
      </section>
      <RequestActions requestId={request.id} status={request.status} version={request.version} onReload={reload} />
      <section className="panel" aria-labelledby="history-heading">
        <h2 id="history-heading">{t('queue.history')}</h2>
        <DataTable caption={t('queue.history')} columns={steps} rows={request.history} rowKey={(step) => `${step.event}-${step.at}`}
          fileName="riwayat-permohonan.csv" testId="request-history" />
      </section>
    </div>
  );
}
