import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FieldErrors } from '../../components/FieldErrors';
import { ErrorState, Loading } from '../../components/States';
import { errorsByField, type PayloadError } from '../campaigns/payloadErrors';
import { CatalogTemplatesQuery, CloneServiceTemplateMutation } from './queries';

const FIELDS = ['template', 'code', 'name'];

// A new service from the template library: its code and name default to the template's; the new service's page opens.
export function CloneTemplate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [templates] = useQuery({ query: CatalogTemplatesQuery, requestPolicy: 'cache-first' });
  const [template, setTemplate] = useState('');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [result, clone] = useMutation(CloneServiceTemplateMutation);
  const byField = errorsByField(errors, FIELDS);
  const described = (field: string) => (byField.has(field) ? `clone-${field}-error` : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await clone({ input: { template, code: code.trim() || null, name: name.trim() || null } });
    if (answer.error) {
      setErrors([{ code: 'NETWORK', message: answer.error.message, path: [] }]);
      return;
    }
    const payload = answer.data?.cloneServiceTemplate;
    setErrors(payload?.errors ?? []);
    if (payload?.service) navigate(payload.service.code);
  };

  if (templates.error && !templates.data) return <ErrorState detail={templates.error.message} />;
  if (!templates.data) return <Loading />;
  return (
    <section className="panel" aria-labelledby="clone-heading">
      <h2 id="clone-heading">{t('catalog.clone')}</h2>
      <form className="form" onSubmit={submit} noValidate data-testid="clone-form">
        <label className="field">
          <span>{t('catalog.template')}</span>
          <select value={template} onChange={(event) => setTemplate(event.target.value)} required
            aria-invalid={byField.has('template') || undefined} aria-describedby={described('template')} data-testid="clone-template">
            <option value="">{t('catalog.chooseTemplate')}</option>
            {templates.data.serviceTemplates.map((item) => (
              <option key={item.code} value={item.code}>{item.name} ({t(`catalog.level_${item.level}`)})</option>
            ))}
          </select>
          <FieldErrors id="clone-template-error" errors={byField.get('template')} prefix="catalog" />
        </label>
        <div className="form-row">
          <label className="field">
            <span>{t('catalog.newCode')}</span>
            <input value={code} onChange={(event) => setCode(event.target.value)} aria-invalid={byField.has('code') || undefined}
              aria-describedby={described('code') ?? 'clone-code-hint'} data-testid="clone-code" />
            <span className="hint" id="clone-code-hint">{t('catalog.newCodeHint')}</span>
            <FieldErrors id="clone-code-error" errors={byField.get('code')} prefix="catalog" />
          </label>
          <label className="field">
            <span>{t('catalog.newName')}</span>
            <input value={name} onChange={(event) => setName(event.target.value)} aria-invalid={byField.has('name') || undefined}
              aria-describedby={described('name')} data-testid="clone-name" />
            <FieldErrors id="clone-name-error" errors={byField.get('name')} prefix="catalog" />
          </label>
        </div>
        <FieldErrors id="clone-form-error" errors={byField.get('')} prefix="catalog" />
        <div><button type="submit" className="button button-primary" disabled={result.fetching} data-testid="clone-submit">{t('catalog.cloneSubmit')}</button></div>
      </form>
    </section>
  );
}
