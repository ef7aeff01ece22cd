import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Empty, ErrorState, Loading } from '../../components/States';
import { FieldErrors } from '../../components/FieldErrors';
import { errorsByField, type PayloadError } from '../campaigns/payloadErrors';
import { CounterSetupQuery, RecordCounterMutation } from './queries';

export interface Recorded { id: string; trackingCode: string; version: number }
const FIELDS = ['service', 'unit', 'documents', 'citizenNik'];

// The walk-in: service, unit (the officer's, or a kelurahan/desa of their kecamatan), documents, the NIK masked.
export function CounterForm({ unit: scope, onRecorded }: { unit: string; onRecorded: (recorded: Recorded) => void }) {
  const { t } = useTranslation();
  const [setup, refresh] = useQuery({ query: CounterSetupQuery, variables: { unit: scope } });
  const [result, record] = useMutation(RecordCounterMutation);
  const [service, setService] = useState('');
  const [unit, setUnit] = useState(scope);
  const [documents, setDocuments] = useState<string[]>([]);
  const [nik, setNik] = useState('');
  const [showNik, setShowNik] = useState(false);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  if (setup.error) return <ErrorState detail={setup.error.message} onRetry={() => refresh({ requestPolicy: 'network-only' })} />;
  if (!setup.data) return <Loading />;
  const services = setup.data.services.nodes;
  if (services.length === 0) return <Empty label={t('counter.noServices')} />;
  const region = setup.data.region;
  const units: [string, string][] = region ? [[region.code, region.name],
    ...('villages' in region && region.villages ? region.villages.nodes.map((village): [string, string] => [village.code, village.name]) : [])] : [[scope, scope]];
  const requirements = services.find((candidate) => candidate.code === service)?.standard.requirements ?? [];
  const byField = errorsByField(errors, FIELDS);
  const described = (field: string) => (byField.has(field) ? `counter-${field}-error` : undefined);

  const toggle = (code: string) => setDocuments((current) => (current.includes(code) ? current.filter((item) => item !== code) : [...current, code]));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await record({ input: { service, unit, documents, citizenNik: nik || null, idempotencyKey } });
    const payload = answer.data?.recordCounterService;
    setErrors(payload?.errors ?? []);
    if (payload?.request) onRecorded(payload.request);
  };

  return (
    <section className="panel" aria-labelledby="counter-form-heading" data-testid="counter-form">
      <h2 id="counter-form-heading">{t('counter.record')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        {result.error && <p className="form-errors" role="alert">{t('counter.networkError', { message: result.error.message })}</p>}
        {byField.get('') && <FieldErrors id="counter-other-error" errors={byField.get('')} prefix="campaigns" />}
        <label className="field">
          <span>{t('counter.service')}</span>
          <select value={service} onChange={(event) => { setService(event.target.value); setDocuments([]); }} data-testid="counter-service"
            aria-invalid={byField.has('service') || undefined} aria-describedby={described('service')}>
            <option value="">{t('counter.chooseService')}</option>
            {services.map((option) => <option key={option.code} value={option.code}>{option.name}</option>)}
          </select>
          <FieldErrors id="counter-service-error" errors={byField.get('service')} prefix="campaigns" />
        </label>
        <label className="field">
          <span>{t('counter.unit')}</span>
          <select value={unit} onChange={(event) => setUnit(event.target.value)} data-testid="counter-unit"
            aria-invalid={byField.has('unit') || undefined} aria-describedby={described('unit')}>
            {units.map(([code, name]) => <option key={code} value={code}>{name} ({code})</option>)}
          </select>
          <FieldErrors id="counter-unit-error" errors={byField.get('unit')} prefix="campaigns" />
        </label>
        {requirements.length > 0 && (
          <fieldset data-testid="counter-documents" aria-describedby={described('documents')}>
            <legend>{t('counter.documents')}</legend>
            {requirements.map((requirement) => (
              <label key={requirement.code} className="check">
                <input type="checkbox" checked={documents.includes(requirement.code)} onChange={() => toggle(requirement.code)}
                  data-testid={`counter-document-${requirement.code}`} />
                {' '}{requirement.name}{!requirement.required && ` ${t('counter.optional')}`}
              </label>
            ))}
            <FieldErrors id="counter-documents-error" errors={byField.get('documents')} prefix="campaigns" />
          </fieldset>
        )}
        <div className="field">
          <label htmlFor="counter-nik">{t('counter.nik')}</label>
          <div className="nik">
            <input id="counter-nik" type={showNik ? 'text' : 'password'} inputMode="numeric" autoComplete="off" maxLength={16}
              value={nik} onChange={(event) => setNik(event.target.value.replace(/\D/g, ''))} data-testid="counter-nik"
              aria-invalid={byField.has('citizenNik') || undefined} aria-describedby={`counter-nik-hint${byField.has('citizenNik') ? ' counter-citizenNik-error' : ''}`} />
            <button type="button" className="button" aria-pressed={showNik} onClick={() => setShowNik((shown) => !shown)}>
              {showNik ? t('counter.hideNik') : t('counter.showNik')}
            </button>
          </div>
          <span id="counter-nik-hint" className="hint">{t('counter.nikHint')}</span>
          <FieldErrors id="counter-citizenNik-error" errors={byField.get('citizenNik')} prefix="campaigns" />
        </div>
        <button type="submit" className="button button-primary" disabled={result.fetching} data-testid="counter-submit">
          {result.fetching ? t('counter.saving') : t('counter.submit')}
        </button>
      </form>
    </section>
  );
}
