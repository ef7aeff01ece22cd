import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FieldErrors } from '../../components/FieldErrors';
import { ErrorState, Loading } from '../../components/States';
import { formatNumber } from '../../lib/format';
import { errorsByField, type PayloadError } from '../campaigns/payloadErrors';
import { formatInstant } from '../admin/instant';
import { RegionDetailsQuery, UpdateRegionDetailsMutation } from './queries';

const FIELDS = ['code', 'address', 'phone', 'headName', 'officerCount'];

interface Draft { address: string; phone: string; headName: string; officerCount: string }

// One unit's local details; an empty field clears it (the API's rule), errors stand beside their fields, nothing typed is lost.
export function RegionEditor() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [result, refresh] = useQuery({ query: RegionDetailsQuery, variables: { code }, requestPolicy: 'network-only' });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, save] = useMutation(UpdateRegionDetailsMutation);
  const region = result.data?.region;

  useEffect(() => {
    if (region && draft === null) {
      setDraft({ address: region.address ?? '', phone: region.phone ?? '', headName: region.headName ?? '', officerCount: region.officerCount?.toString() ?? '' });
    }
  }, [region, draft]);

  if (result.error && !result.data) return <ErrorState onRetry={() => refresh({ requestPolicy: 'network-only' })} detail={result.error.message} />;
  if (!result.data) return <Loading />;
  if (!region) {
    return (
      <section data-testid="screen-region">
        <p><Link to="..">{t('regions.back')}</Link></p>
        <h1>{t('regions.notFound', { code })}</h1>
      </section>
    );
  }
  if (!draft) return <Loading />;

  const byField = errorsByField(errors, FIELDS);
  const described = (field: string) => (byField.has(field) ? `region-${field}-error` : undefined);
  const change = (field: keyof Draft) => (event: { target: { value: string } }) => setDraft({ ...draft, [field]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const officers = draft.officerCount.trim().replace(/\./g, '');
    if (officers !== '' && !/^\d{1,9}$/.test(officers)) {
      setErrors([{ code: 'OUT_OF_RANGE', message: 'officerCount must be a whole number from 0 to 10000.', path: ['input', 'officerCount'] }]);
      return;
    }
    const answer = await save({
      input: {
        code: region.code, address: draft.address, phone: draft.phone, headName: draft.headName,
        officerCount: officers === '' ? null : Number(officers),
      },
    });
    const payload = answer.data?.updateRegionDetails;
    setErrors(payload?.errors ?? []);
    if (payload?.region) {
      setSaved(payload.region.name);
      refresh({ requestPolicy: 'network-only' });
    }
  };

  const kecamatan = 'kecamatan' in region ? region.kecamatan : null;
  return (
    <section data-testid="screen-region">
      <p><Link to="..">{t('regions.back')}</Link></p>
      <h1 data-testid="region-name">{t(`regions.kind_${region.kind}`)} {region.name}</h1>
      <dl className="facts">
        <div><dt>{t('regions.code')}</dt><dd>{region.code}</dd></div>
        {kecamatan && <div><dt>{t('regions.kecamatan')}</dt><dd>{kecamatan.name}</dd></div>}
        <div><dt>{t('regions.officerCount')}</dt><dd>{formatNumber(region.officerCount, i18n.language)}</dd></div>
        <div><dt>{t('regions.updatedAt')}</dt><dd data-testid="region-updated">{formatInstant(region.detailsUpdatedAt, i18n.language)}</dd></div>
      </dl>
      <form className="form" onSubmit={submit} noValidate data-testid="region-form" aria-label={t('regions.editOf', { name: region.name })}>
        {saving.error && <p className="form-errors" role="alert">{t('regions.networkError', { message: saving.error.message })}</p>}
        {byField.get('') && <FieldErrors id="region-other-error" errors={byField.get('')} prefix="regions" />}
        {byField.get('code') && <FieldErrors id="region-code-error" errors={byField.get('code')} prefix="regions" />}
        {saved && <p className="notice" role="status" data-testid="region-saved">{t('regions.saved', { name: saved })}</p>}
        <label className="field field-wide">
          <span>{t('regions.address')}</span>
          <textarea rows={2} maxLength={500} value={draft.address} onChange={change('address')} data-testid="region-address"
            aria-invalid={byField.has('address') || undefined} aria-describedby={described('address')} />
          <FieldErrors id="region-address-error" errors={byField.get('address')} prefix="regions" />
        </label>
        <div className="form-row">
          <label className="field">
            <span>{t('regions.phone')}</span>
            <input type="tel" value={draft.phone} onChange={change('phone')} data-testid="region-phone"
              aria-invalid={byField.has('phone') || undefined} aria-describedby={described('phone') ?? 'region-phone-hint'} />
            <span className="hint" id="region-phone-hint">{t('regions.phoneHint')}</span>
            <FieldErrors id="region-phone-error" errors={byField.get('phone')} prefix="regions" />
          </label>
          <label className="field">
            <span>{t('regions.headName')}</span>
            <input type="text" value={draft.headName} onChange={change('headName')} data-testid="region-head"
              aria-invalid={byField.has('headName') || undefined} aria-describedby={described('headName')} />
            <FieldErrors id="region-headName-error" errors={byField.get('headName')} prefix="regions" />
          </label>
          <label className="field">
            <span>{t('regions.officerCount')}</span>
            <input inputMode="numeric" value={draft.officerCount} onChange={change('officerCount')} data-testid="region-officers"
              aria-invalid={byField.has('officerCount') || undefined} aria-describedby={described('officerCount')} />
            <FieldErrors id="region-officerCount-error" errors={byField.get('officerCount')} prefix="regions" />
          </label>
        </div>
        <p className="hint">{t('regions.clearHint')}</p>
        <button type="submit" className="button button-primary" disabled={saving.fetching} data-testid="region-submit">
          {saving.fetching ? t('regions.saving') : t('regions.save')}
        </button>
      </form>
    </section>
  );
}
