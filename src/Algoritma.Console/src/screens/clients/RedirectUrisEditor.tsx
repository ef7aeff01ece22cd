import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FieldErrors } from '../../components/FieldErrors';
import { errorsByField, type PayloadError } from '../campaigns/payloadErrors';
import { SetClientRedirectUrisMutation } from './queries';

const FIELDS = ['redirectUris', 'postLogoutRedirectUris'];
const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);

type Props = {
  client: { clientId: string; redirectUris: string[]; postLogoutRedirectUris: string[] };
  onSaved: () => void;
  onClose: () => void;
};

// A client's redirect URIs, one per line, replaced as a whole by setClientRedirectUris; errors beside their field.
export function RedirectUrisEditor({ client, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const [saving, save] = useMutation(SetClientRedirectUrisMutation);
  const [redirects, setRedirects] = useState(client.redirectUris.join('\n'));
  const [postLogout, setPostLogout] = useState(client.postLogoutRedirectUris.join('\n'));
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [saved, setSaved] = useState(false);
  const byField = errorsByField(errors, FIELDS);
  const described = (field: string) => (byField.has(field) ? `uris-${field}-error` : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const payload = (await save({ input: { clientId: client.clientId, redirectUris: lines(redirects), postLogoutRedirectUris: lines(postLogout) } })).data?.setClientRedirectUris;
    setErrors(payload?.errors ?? []);
    if (payload?.client) {
      setSaved(true);
      onSaved();
    }
  };

  return (
    <section className="panel" aria-labelledby="uris-heading" data-testid="client-uris-editor">
      <h2 id="uris-heading">{t('clients.editUrisTitle', { name: client.clientId })}</h2>
      <p className="hint">{t('clients.editUrisHint')}</p>
      {saving.error && <p className="form-errors" role="alert">{t('clients.networkError', { message: saving.error.message })}</p>}
      {byField.get('') && <FieldErrors id="uris-other-error" errors={byField.get('')} prefix="clients" />}
      {saved && <p className="notice" role="status" data-testid="client-uris-saved">{t('clients.urisSaved', { name: client.clientId })}</p>}
      <form className="form" onSubmit={submit} noValidate>
        <label className="field field-wide">
          <span>{t('clients.redirectUris')}</span>
          <textarea rows={3} value={redirects} onChange={(event) => setRedirects(event.target.value)} data-testid="client-uris-redirects"
            aria-invalid={byField.has('redirectUris') || undefined} aria-describedby={described('redirectUris')} />
          <FieldErrors id="uris-redirectUris-error" errors={byField.get('redirectUris')} prefix="clients" />
        </label>
        <label className="field field-wide">
          <span>{t('clients.postLogoutRedirectUris')}</span>
          <textarea rows={2} value={postLogout} onChange={(event) => setPostLogout(event.target.value)} data-testid="client-uris-post-logout"
            aria-invalid={byField.has('postLogoutRedirectUris') || undefined} aria-describedby={described('postLogoutRedirectUris')} />
          <FieldErrors id="uris-postLogoutRedirectUris-error" errors={byField.get('postLogoutRedirectUris')} prefix="clients" />
        </label>
        <div className="form-row">
          <button type="submit" className="button button-primary" disabled={saving.fetching} data-testid="client-uris-save">
            {saving.fetching ? t('clients.saving') : t('clients.saveUris')}
          </button>
          <button type="button" className="button" onClick={onClose} data-testid="client-uris-close">{t('clients.close')}</button>
        </div>
      </form>
    </section>
  );
}
