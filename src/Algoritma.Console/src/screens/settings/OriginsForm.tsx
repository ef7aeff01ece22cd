import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FieldErrors } from '../../components/FieldErrors';
import { errorsByField, type PayloadError } from '../campaigns/payloadErrors';
import { SetAllowedOriginsMutation } from './queries';

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);

// The configured browser origins (setAllowedOrigins replaces the list); the ones in force add the clients' redirect origins.
export function OriginsForm({ configured, inForce, onSaved }: { configured: readonly string[]; inForce: readonly string[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const [saving, save] = useMutation(SetAllowedOriginsMutation);
  const [text, setText] = useState(configured.join('\n'));
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [saved, setSaved] = useState(false);
  const byField = errorsByField(errors, ['origins']);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const payload = (await save({ input: { origins: lines(text) } })).data?.setAllowedOrigins;
    setErrors(payload?.errors ?? []);
    if (payload?.origins) {
      setText(payload.origins.join('\n'));
      setSaved(true);
      onSaved();
    }
  };

  return (
    <section className="panel" aria-labelledby="settings-origins-heading">
      <h2 id="settings-origins-heading">{t('settings.origins')}</h2>
      <form className="form" onSubmit={submit} noValidate data-testid="settings-origins-form">
        {saving.error && <p className="form-errors" role="alert">{t('settings.networkError', { message: saving.error.message })}</p>}
        <label className="field field-wide">
          <span>{t('settings.origins')}</span>
          <textarea rows={3} value={text} onChange={(event) => setText(event.target.value)} data-testid="settings-origins"
            aria-invalid={byField.has('origins') || undefined} aria-describedby={byField.has('origins') ? 'settings-origins-error' : 'settings-origins-hint'} />
          <span className="hint" id="settings-origins-hint">{t('settings.originsHint')}</span>
          <FieldErrors id="settings-origins-error" errors={byField.get('origins') ?? byField.get('')} prefix="settings" />
        </label>
        <div>
          <h3 className="hint">{t('settings.originsInForce')}</h3>
          <ul className="origin-list" data-testid="settings-origins-in-force">{inForce.map((origin) => <li key={origin}><code>{origin}</code></li>)}</ul>
        </div>
        {saved && <p className="notice" role="status" data-testid="settings-origins-saved">{t('settings.originsSaved')}</p>}
        <button type="submit" className="button button-primary" disabled={saving.fetching} data-testid="settings-origins-submit">{t('settings.saveOrigins')}</button>
      </form>
    </section>
  );
}
