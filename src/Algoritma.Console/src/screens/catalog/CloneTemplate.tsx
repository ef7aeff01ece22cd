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
      <form onSubmit={submit} noValidate data-testid="clone-form" className="form-grid">
        <label htmlFor="clone-template">{t('catalog.template')}</label>
        <select id="clone-template" value={template} onChange={(event) => setTemplate(event.target.value)} required
          aria-invalid={byField.has('template') || undefined} aria-describedby={described('template')} data-testid="clone-template">
          <option value="">{t('catalog.chooseTemplate')}</option>
          {templates.data.serviceTemplates.map((item) => (
            <option key={item.code} value={item.code}>{item.name} ({t(`catalog.level_${item.level}`)})</option>
          ))}
        </select>
        <FieldErrors id="clone-template-error" errors={byField.get('template')} prefix="catalog" />
        <label htmlFor="clone-code">{t('catalog.newCode')}</label>
        <input id="clone-code" value={code} onChange={(event) => setCode(event.target.value)} aria-invalid={byField.has('code') || undefined}
          aria-describedby={described('code') ?? 'clone-code-hint'} data-testid="clone-code" />
        <p className="hint" id="clone-code-hint">{t('catalog.newCodeHint')}</p>
        <FieldErrors id="clone-code-error" errors={byField.get('code')} prefix="catalog" />
        <label htmlFor="clone-name">{t('catalog.newName')}</label>
        <input id="clone-name" value={name} onChange={(event) => setName(event.target.value)} aria-invalid={byField.has('name') || undefined}
          aria-describedby={described('name')} data-testid="clone-name" />
        <FieldErrors id="clone-name-error" errors={byField.get('name')} prefix="catalog" />
        <FieldErrors id="clone-form-error" errors={byField.get('')} prefix="catalog" />
        <button type="submit" disabled={result.fetching} data-testid="clone-submit">{t('catalog.cloneSubmit')}</button>
      </form>
    </section>
  );
}
