import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DataTable, type Column } from '../../components/DataTable';
import { FieldErrors } from '../../components/FieldErrors';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { PlatformTenantsQuery as PlatformTenantsResult } from '../../gql/graphql';
import { addScreenWords } from '../../lib/words';
import '../admin/admin.css';
import { formatInstant } from '../admin/instant';
import type { PayloadError } from '../campaigns/payloadErrors';
import { PlatformTenantsQuery, SetTenantEnabledMutation } from './queries';
import { tenantsWords } from './words';
import './tenants.css';

addScreenWords(tenantsWords);

type Tenant = PlatformTenantsResult['tenants']['nodes'][number];

// Daftar kota: every tenant with its status; disabling or enabling one asks first, in a modal dialog.
export default function TenantsScreen() {
  const { t, i18n } = useTranslation();
  const [result, refresh] = useQuery({ query: PlatformTenantsQuery, requestPolicy: 'network-only' });
  const [switching, setEnabled] = useMutation(SetTenantEnabledMutation);
  const [asking, setAsking] = useState<Tenant | null>(null);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (asking) dialog.current?.showModal();
    else if (dialog.current?.open) dialog.current.close();
  }, [asking]);

  const ask = (tenant: Tenant, button: HTMLElement) => {
    opener.current = button;
    setNotice(null);
    setErrors([]);
    setAsking(tenant);
  };
  const close = () => {
    setAsking(null);
    opener.current?.focus();
  };
  const confirm = async () => {
    if (!asking) return;
    const target = asking;
    const payload = (await setEnabled({ input: { tenant: target.slug, enabled: !target.enabled } })).data?.setTenantEnabled;
    setErrors(payload?.errors ?? []);
    if (payload?.tenant) {
      setNotice(t(payload.tenant.enabled ? 'tenants.switchedOn' : 'tenants.switchedOff', { name: target.name }));
      refresh({ requestPolicy: 'network-only' });
    }
    close();
  };

  const columns: Column<Tenant>[] = [
    { key: 'slug', header: t('tenants.slug'), render: (tenant) => tenant.slug, value: (tenant) => tenant.slug },
    { key: 'name', header: t('tenants.name'), render: (tenant) => tenant.name, value: (tenant) => tenant.name },
    {
      key: 'regency', header: t('tenants.regency'), render: (tenant) => `${tenant.regencyCode} ${tenant.regencyName ?? ''}`.trim(),
      value: (tenant) => tenant.regencyCode,
    },
    { key: 'timeZone', header: t('tenants.timeZone'), render: (tenant) => tenant.timeZone, value: (tenant) => tenant.timeZone },
    {
      key: 'status', header: t('tenants.status'), render: (tenant) => t(tenant.enabled ? 'tenants.enabled' : 'tenants.disabled'),
      value: (tenant) => (tenant.enabled ? 'enabled' : 'disabled'),
      cell: (tenant) => <span className={tenant.enabled ? 'status status-on' : 'status status-off'} data-testid="tenant-status">
        {t(tenant.enabled ? 'tenants.enabled' : 'tenants.disabled')}</span>,
    },
    { key: 'source', header: t('tenants.source'), render: (tenant) => t(`tenants.source_${tenant.source}`), value: (tenant) => tenant.source },
    {
      key: 'createdAt', header: t('tenants.createdAt'), render: (tenant) => formatInstant(tenant.createdAt as string, i18n.language),
      value: (tenant) => tenant.createdAt as string,
    },
    {
      key: 'action', header: t('tenants.action'), render: () => '', value: () => null,
      cell: (tenant) => <button type="button" className="button" data-testid={tenant.enabled ? 'tenant-disable' : 'tenant-enable'}
        aria-label={t(tenant.enabled ? 'tenants.disableOf' : 'tenants.enableOf', { name: tenant.name })} disabled={switching.fetching}
        onClick={(event) => ask(tenant, event.currentTarget)}>{t(tenant.enabled ? 'tenants.disable' : 'tenants.enable')}</button>,
    },
  ];

  return (
    <section data-testid="screen-tenants">
      <h1>{t('tenants.title')}</h1>
      <p className="hint">{t('tenants.intro')}</p>
      <p><Link className="button button-primary" to="/onboard" data-testid="tenants-onboard">{t('tenants.onboard')}</Link></p>
      {switching.error && <p className="form-errors" role="alert">{t('tenants.networkError', { message: switching.error.message })}</p>}
      <FieldErrors id="tenant-switch-error" errors={errors} prefix="tenants" />
      {notice && <p className="notice" role="status" data-testid="tenant-notice">{notice}</p>}
      {result.error && !result.data ? <ErrorState onRetry={() => refresh({ requestPolicy: 'network-only' })} detail={result.error.message} />
        : !result.data ? <Loading />
          : result.data.tenants.nodes.length === 0 ? <Empty label={t('tenants.empty')} />
            : <DataTable caption={t('tenants.tableCaption')} columns={columns} rows={result.data.tenants.nodes} rowKey={(tenant) => tenant.id}
              fileName="tenant.csv" testId="tenants-table" />}
      <dialog ref={dialog} className="confirm" aria-labelledby="tenant-confirm-title" aria-describedby="tenant-confirm-text"
        data-testid="tenant-confirm" onCancel={(event) => { event.preventDefault(); close(); }}>
        {asking && (
          <>
            <h2 id="tenant-confirm-title">{t(asking.enabled ? 'tenants.confirmDisable' : 'tenants.confirmEnable', { name: asking.name })}</h2>
            <p id="tenant-confirm-text">{t(asking.enabled ? 'tenants.confirmDisableText' : 'tenants.confirmEnableText', { slug: asking.slug })}</p>
            <div className="confirm-actions">
              <button type="button" className="button" onClick={close} data-testid="tenant-confirm-cancel" autoFocus>{t('tenants.cancel')}</button>
              <button type="button" className={asking.enabled ? 'button button-danger' : 'button button-primary'} disabled={switching.fetching}
                onClick={() => void confirm()} data-testid="tenant-confirm-yes">{t(asking.enabled ? 'tenants.yesDisable' : 'tenants.yesEnable')}</button>
            </div>
          </>
        )}
      </dialog>
    </section>
  );
}
