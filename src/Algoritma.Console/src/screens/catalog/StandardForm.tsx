import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FieldErrors } from '../../components/FieldErrors';
import type { CompletionUnit } from '../../gql/graphql';
import { errorsByField, type PayloadError } from '../campaigns/payloadErrors';
import { ProcedureEditor } from './ProcedureEditor';
import { PublishServiceStandardMutation } from './queries';
import { RequirementsEditor, type RequirementDraft } from './RequirementsEditor';

const FIELDS = ['code', 'requirements', 'procedure', 'completionAmount', 'completionUnit', 'fee', 'product', 'complaintChannel', 'legalBasis'];
const UNITS: CompletionUnit[] = ['WORKING_DAYS', 'WORKING_MINUTES'];

export interface StandardValues {
  version: number;
  requirements: RequirementDraft[];
  procedure: string[];
  completionUnit: CompletionUnit;
  completionAmount: number;
  fee: number;
  product: string;
  complaintChannel: string;
  legalBasis: string;
}

function wholeNumber(text: string): number | null {
  const digits = text.trim().replace(/\./g, '');
  return /^\d{1,12}$/.test(digits) ? Number(digits) : null;
}

// The next version of a service's standard, starting from the one in force; errors beside their fields, nothing typed lost.
export function StandardForm({ code, standard, onPublished }: { code: string; standard: StandardValues; onPublished: (version: number) => void }) {
  const { t } = useTranslation();
  const [requirements, setRequirements] = useState<RequirementDraft[]>(standard.requirements.map((requirement) => ({ ...requirement })));
  const [procedure, setProcedure] = useState<string[]>([...standard.procedure]);
  const [completionUnit, setCompletionUnit] = useState<CompletionUnit>(standard.completionUnit);
  const [completionAmount, setCompletionAmount] = useState(String(standard.completionAmount));
  const [fee, setFee] = useState(String(standard.fee));
  const [product, setProduct] = useState(standard.product);
  const [complaintChannel, setComplaintChannel] = useState(standard.complaintChannel);
  const [legalBasis, setLegalBasis] = useState(standard.legalBasis);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [result, publish] = useMutation(PublishServiceStandardMutation);
  const byField = errorsByField(errors, FIELDS);
  const described = (field: string) => (byField.has(field) ? `standard-${field}-error` : undefined);
  const invalid = (field: string) => byField.has(field) || undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amount = wholeNumber(completionAmount);
    const rupiah = wholeNumber(fee);
    const local: PayloadError[] = [];
    if (amount === null) local.push({ code: 'INVALID_NUMBER', message: 'The completion time is a whole number.', path: ['input', 'completionAmount'] });
    if (rupiah === null) local.push({ code: 'INVALID_NUMBER', message: 'The fee is a whole number of rupiah.', path: ['input', 'fee'] });
    if (local.length > 0 || amount === null || rupiah === null) {
      setErrors(local);
      return;
    }
    const answer = await publish({
      input: {
        code, requirements: requirements.map((requirement) => ({ code: requirement.code.trim(), name: requirement.name.trim(), required: requirement.required })),
        procedure: procedure.map((step) => step.trim()).filter((step) => step.length > 0),
        completionUnit, completionAmount: amount, fee: rupiah, product, complaintChannel, legalBasis,
      },
    });
    const payload = answer.data?.publishServiceStandard;
    setErrors(payload?.errors ?? []);
    if (payload?.service) {
      onPublished(payload.service.currentVersion);
    }
  };

  return (
    <section className="panel" aria-labelledby="standard-form-heading" data-testid="standard-form">
      <h2 id="standard-form-heading">{t('catalog.edit')}</h2>
      <p className="hint">{t('catalog.editHint', { version: standard.version + 1 })}</p>
      <form className="form" onSubmit={submit} noValidate>
        {result.error && <p className="form-errors" role="alert">{t('catalog.networkError', { message: result.error.message })}</p>}
        {errors.length > 0 && <p className="form-errors" role="alert" data-testid="standard-errors">{t('catalog.formErrors')}</p>}
        {byField.get('') && <FieldErrors id="standard-other-error" errors={byField.get('')} prefix="catalog" />}
        {byField.get('code') && <FieldErrors id="standard-code-error" errors={byField.get('code')} prefix="catalog" />}
        <RequirementsEditor requirements={requirements} onChange={setRequirements} invalid={invalid('requirements')} describedBy={described('requirements')}>
          <FieldErrors id="standard-requirements-error" errors={byField.get('requirements')} prefix="catalog" />
        </RequirementsEditor>
        <ProcedureEditor steps={procedure} onChange={setProcedure} invalid={invalid('procedure')} describedBy={described('procedure')}>
          <FieldErrors id="standard-procedure-error" errors={byField.get('procedure')} prefix="catalog" />
        </ProcedureEditor>
        <div className="form-row">
          <label className="field">
            <span>{t('catalog.completionAmount')}</span>
            <input inputMode="numeric" value={completionAmount} onChange={(event) => setCompletionAmount(event.target.value)} data-testid="standard-amount"
              aria-invalid={invalid('completionAmount')} aria-describedby={described('completionAmount')} />
            <FieldErrors id="standard-completionAmount-error" errors={byField.get('completionAmount')} prefix="catalog" />
          </label>
          <label className="field">
            <span>{t('catalog.completionUnit')}</span>
            <select value={completionUnit} onChange={(event) => setCompletionUnit(event.target.value as CompletionUnit)} data-testid="standard-unit">
              {UNITS.map((unit) => <option key={unit} value={unit}>{t(`catalog.unit_${unit}`)}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t('catalog.feeRupiah')}</span>
            <input inputMode="numeric" value={fee} onChange={(event) => setFee(event.target.value)} data-testid="standard-fee-input"
              aria-invalid={invalid('fee')} aria-describedby={described('fee')} />
            <FieldErrors id="standard-fee-error" errors={byField.get('fee')} prefix="catalog" />
          </label>
        </div>
        <label className="field field-wide">
          <span>{t('catalog.product')}</span>
          <input type="text" value={product} onChange={(event) => setProduct(event.target.value)} data-testid="standard-product-input"
            aria-invalid={invalid('product')} aria-describedby={described('product')} />
          <FieldErrors id="standard-product-error" errors={byField.get('product')} prefix="catalog" />
        </label>
        <label className="field field-wide">
          <span>{t('catalog.complaintChannel')}</span>
          <textarea rows={2} value={complaintChannel} onChange={(event) => setComplaintChannel(event.target.value)} data-testid="standard-complaint"
            aria-invalid={invalid('complaintChannel')} aria-describedby={described('complaintChannel')} />
          <FieldErrors id="standard-complaintChannel-error" errors={byField.get('complaintChannel')} prefix="catalog" />
        </label>
        <label className="field field-wide">
          <span>{t('catalog.legalBasis')}</span>
          <textarea rows={3} value={legalBasis} onChange={(event) => setLegalBasis(event.target.value)} data-testid="standard-legal"
            aria-invalid={invalid('legalBasis')} aria-describedby={described('legalBasis')} />
          <FieldErrors id="standard-legalBasis-error" errors={byField.get('legalBasis')} prefix="catalog" />
        </label>
        <button type="submit" className="button button-primary" disabled={result.fetching} data-testid="standard-submit">
          {result.fetching ? t('catalog.publishing') : t('catalog.publish')}
        </button>
      </form>
    </section>
  );
}
