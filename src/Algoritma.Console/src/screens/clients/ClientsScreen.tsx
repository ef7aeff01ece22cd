import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { DataTable, type Column } from '../../components/DataTable';
import { FieldErrors } from '../../components/FieldErrors';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { ClientListQuery as ClientListResult, Role } from '../../gql/graphql';
import { config } from '../../lib/config';
import { addScreenWords } from '../../lib/words';
import '../admin/admin.css';
import { errorsByField, type PayloadError } from '../campaigns/payloadErrors';
import { ClientListQuery, RegisterClientMutation, RotateClientSecretMutation } from './queries';
import { RedirectUrisEditor } from './RedirectUrisEditor';
import { clientsWords } from './words';

addScreenWords(clientsWords);

type Client = ClientListResult['clients'][number];
const CLIENT_ROLES: Role[] = ['CITY_ADMIN', 'OFFICER', 'PROGRAM_MANAGER'];
const FIELDS = ['clientId', 'displayName', 'redirectUris', 'postLogoutRedirectUris', 'roles'];
const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);

// Klien: the tenant's OIDC clients, registering one, rotating a secret; a secret is shown once, in the notice.
export default function ClientsScreen() {
  const { t } = useTranslation();
  const [result, refresh] = useQuery({ query: ClientListQuery, requestPolicy: 'network-only' });
  const [registering, register] = useMutation(RegisterClientMutation);
  const [rotating, rotate] = useMutation(RotateClientSecretMutation);
  const [clientId, setClientId] = useState(`${config.tenant}-`);
  const [displayName, setDisplayName] = useState('');
  const [confidential, setConfidential] = useState(true);
  const [redirectUris, setRedirectUris] = useState('');
  const [postLogout, setPostLogout] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [shown, setShown] = useState<{ name: string; secret?: string | null; registered: boolean } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const edited = result.data?.clients.find((client) => client.clientId === editing);
  const byField = errorsByField(errors, FIELDS);
  const described = (field: string) => (byField.has(field) ? `client-${field}-error` : undefined);
  const invalid = (field: string) => byField.has(field) || undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShown(null);
    const payload = (await register({ input: {
      clientId, displayName, confidential, redirectUris: lines(redirectUris), postLogoutRedirectUris: lines(postLogout), roles: confidential ? roles : [],
    } })).data?.registerClient;
    setErrors(payload?.errors ?? []);
    if (payload?.client) {
      setShown({ name: payload.client.clientId, secret: payload.secret, registered: true });
      refresh({ requestPolicy: 'network-only' });
    }
  };
  const rotateOf = async (client: Client) => {
    setShown(null);
    const payload = (await rotate({ input: { clientId: client.clientId } })).data?.rotateClientSecret;
    setErrors(payload?.errors ?? []);
    if (payload?.client) setShown({ name: payload.client.clientId, secret: payload.secret, registered: false });
  };

  const columns: Column<Client>[] = [
    { key: 'clientId', header: t('clients.clientId'), render: (client) => client.clientId, value: (client) => client.clientId },
    { key: 'displayName', header: t('clients.displayName'), render: (client) => client.displayName, value: (client) => client.displayName },
    { key: 'type', header: t('clients.type'), render: (client) => t(`clients.type_${client.type}`), value: (client) => client.type },
    { key: 'redirectUris', header: t('clients.redirectUrisShort'), render: (client) => client.redirectUris.join(' ') || t('clients.none'), value: (client) => client.redirectUris.join(' '),
      cell: (client) => (client.redirectUris.length === 0 ? t('clients.none')
        : <ul data-testid="client-redirect-list">{client.redirectUris.map((uri) => <li key={uri}>{uri}</li>)}</ul>) },
    {
      key: 'editUris', header: t('clients.editUris'), render: () => '', value: () => null,
      cell: (client) => <button type="button" className="button" data-testid="client-edit-uris"
        aria-label={t('clients.editUrisOf', { name: client.clientId })} onClick={() => { setShown(null); setEditing(client.clientId); }}>{t('clients.editUris')}</button>,
    },
    { key: 'roles', header: t('clients.roles'), render: (client) => client.roles.map((role) => t(`clients.role_${role}`)).join(', ') || t('clients.none'), value: (client) => client.roles.join(' ') },
    {
      key: 'rotate', header: t('clients.rotate'), render: () => '', value: () => null,
      cell: (client) => client.type === 'PUBLIC' ? t('clients.none') : <button type="button" className="button" data-testid="client-rotate" disabled={rotating.fetching}
        aria-label={t('clients.rotateOf', { name: client.clientId })} onClick={() => void rotateOf(client)}>{t('clients.rotate')}</button>,
    },
  ];
  const failure = registering.error ?? rotating.error;

  return (
    <section data-testid="screen-clients">
      <h1>{t('clients.title')}</h1>
      <p className="hint">{t('clients.intro')}</p>
      {failure && <p className="form-errors" role="alert">{t('clients.networkError', { message: failure.message })}</p>}
      {byField.get('') && <FieldErrors id="client-other-error" errors={byField.get('')} prefix="clients" />}
      {shown && (
        <div className="notice" role="status" data-testid="client-notice">
          {shown.registered && <p>{t('clients.registered', { name: shown.name })}</p>}
          {shown.secret && <p>{t('clients.secret', { name: shown.name })} <code data-testid="client-secret">{shown.secret}</code></p>}
        </div>
      )}
      {edited && (
        <RedirectUrisEditor key={edited.clientId} client={edited} onClose={() => setEditing(null)}
          onSaved={() => refresh({ requestPolicy: 'network-only' })} />
      )}
      {result.error && !result.data ? <ErrorState onRetry={() => refresh({ requestPolicy: 'network-only' })} detail={result.error.message} />
        : !result.data ? <Loading />
          : result.data.clients.length === 0 ? <Empty label={t('clients.empty')} />
            : <DataTable caption={t('clients.tableCaption')} columns={columns} rows={result.data.clients} rowKey={(client) => client.id} fileName="klien.csv" testId="clients-table" />}
      <section className="panel" aria-labelledby="client-form-heading">
        <h2 id="client-form-heading">{t('clients.register')}</h2>
        <form className="form" onSubmit={submit} noValidate data-testid="client-form">
          <div className="form-row">
            <label className="field">
              <span>{t('clients.clientId')}</span>
              <input type="text" value={clientId} onChange={(event) => setClientId(event.target.value)} data-testid="client-id"
                aria-invalid={invalid('clientId')} aria-describedby={described('clientId') ?? 'client-id-hint'} />
              <span className="hint" id="client-id-hint">{t('clients.clientIdHint', { tenant: config.tenant })}</span>
              <FieldErrors id="client-clientId-error" errors={byField.get('clientId')} prefix="clients" />
            </label>
            <label className="field">
              <span>{t('clients.displayName')}</span>
              <input type="text" value={displayName} onChange={(event) => setDisplayName(event.target.value)} data-testid="client-name"
                aria-invalid={invalid('displayName')} aria-describedby={described('displayName')} />
              <FieldErrors id="client-displayName-error" errors={byField.get('displayName')} prefix="clients" />
            </label>
          </div>
          <label className="check">
            <input type="checkbox" checked={confidential} onChange={(event) => setConfidential(event.target.checked)} data-testid="client-confidential" />
            {t('clients.confidential')}
          </label>
          {confidential && (
            <fieldset aria-invalid={invalid('roles')} aria-describedby={described('roles')}>
              <legend>{t('clients.roles')}</legend>
              {CLIENT_ROLES.map((role) => (
                <label key={role} className="check">
                  <input type="checkbox" checked={roles.includes(role)} data-testid={`client-role-${role}`}
                    onChange={(event) => setRoles(event.target.checked ? [...roles, role] : roles.filter((current) => current !== role))} />
                  {t(`clients.role_${role}`)}
                </label>
              ))}
              <FieldErrors id="client-roles-error" errors={byField.get('roles')} prefix="clients" />
            </fieldset>
          )}
          <label className="field field-wide">
            <span>{t('clients.redirectUris')}</span>
            <textarea rows={2} value={redirectUris} onChange={(event) => setRedirectUris(event.target.value)} data-testid="client-redirects"
              aria-invalid={invalid('redirectUris')} aria-describedby={described('redirectUris')} />
            <FieldErrors id="client-redirectUris-error" errors={byField.get('redirectUris')} prefix="clients" />
          </label>
          <label className="field field-wide">
            <span>{t('clients.postLogoutRedirectUris')}</span>
            <textarea rows={2} value={postLogout} onChange={(event) => setPostLogout(event.target.value)} data-testid="client-post-logout"
              aria-invalid={invalid('postLogoutRedirectUris')} aria-describedby={described('postLogoutRedirectUris')} />
            <FieldErrors id="client-postLogoutRedirectUris-error" errors={byField.get('postLogoutRedirectUris')} prefix="clients" />
          </label>
          <button type="submit" className="button button-primary" disabled={registering.fetching} data-testid="client-submit">
            {registering.fetching ? t('clients.saving') : t('clients.submit')}
          </button>
        </form>
      </section>
    </section>
  );
}
