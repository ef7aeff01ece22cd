import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FieldErrors } from '../../components/FieldErrors';
import { ErrorState, Loading } from '../../components/States';
import type { OnboardTenantMutation as OnboardTenantResult } from '../../gql/graphql';
import { formatNumber } from '../../lib/format';
import { addScreenWords } from '../../lib/words';
import '../admin/admin.css';
import { errorsByField, type PayloadError } from '../campaigns/payloadErrors';
import { OfficialProvincesQuery, OnboardTenantMutation } from './queries';
import { RegencyCombobox, type Regency } from './RegencyCombobox';
import { onboardWords } from './words';
import { slugOf, TIME_ZONES, zoneOfProvince } from './zones';
import './onboard.css';

addScreenWords(onboardWords);

const FIELDS = ['id', 'name', 'regencyCode', 'timeZone'];
type Onboarded = OnboardTenantResult['onboardTenant'];

// Kota baru: a province (optional), a regency from the official list by search-as-you-type, then slug, name and time
// zone prefilled from the pick; the answer names the kecamatan, kelurahan and desa imported.
export default function OnboardScreen() {
  const { t, i18n } = useTranslation();
  const [provinces, refreshProvinces] = useQuery({ query: OfficialProvincesQuery });
  const [saving, onboard] = useMutation(OnboardTenantMutation);
  const [province, setProvince] = useState('');
  const [regency, setRegency] = useState<Regency | null>(null);
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const [timeZone, setTimeZone] = useState<string>('Asia/Jakarta');
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [done, setDone] = useState<Onboarded | null>(null);
  const byField = errorsByField(errors, FIELDS);
  const described = (field: string) => (byField.has(field) ? `onboard-${field}-error` : undefined);
  const invalid = (field: string) => byField.has(field) || undefined;
  const count = (value: number) => formatNumber(value, i18n.language);

  const choose = (picked: Regency | null) => {
    setRegency(picked);
    if (!picked) return;
    setSlug(slugOf(picked.name));
    setName(picked.name);
    setTimeZone(zoneOfProvince(picked.provinceCode));
    setErrors([]);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!regency) {
      setErrors([{ code: 'REGENCY_REQUIRED', message: t('onboard.pickRegency'), path: ['input', 'regencyCode'] }]);
      return;
    }
    const payload = (await onboard({ input: { id: slug.trim(), name: name.trim(), regencyCode: regency.code, timeZone } })).data?.onboardTenant;
    setErrors(payload?.errors ?? []);
    if (payload?.tenant) setDone(payload);
  };

  if (provinces.error && !provinces.data) return <ErrorState onRetry={() => refreshProvinces({ requestPolicy: 'network-only' })} detail={provinces.error.message} />;
  if (!provinces.data) return <Loading />;

  return (
    <section data-testid="screen-onboard">
      <h1>{t('onboard.title')}</h1>
      <p className="hint">{t('onboard.intro')}</p>
      {saving.error && <p className="form-errors" role="alert">{t('onboard.networkError', { message: saving.error.message })}</p>}
      {byField.get('') && <FieldErrors id="onboard-other-error" errors={byField.get('')} prefix="onboard" />}
      {done?.tenant && (
        <section className="notice onboard-result" role="status" aria-labelledby="onboard-result-title" data-testid="onboard-result">
          <h2 id="onboard-result-title">{t('onboard.done', { name: done.tenant.name })}</h2>
          <dl className="facts">
            <div><dt>{t('onboard.slug')}</dt><dd data-testid="onboard-result-slug">{done.tenant.slug}</dd></div>
            <div><dt>{t('onboard.kecamatan')}</dt><dd data-testid="onboard-result-kecamatan">{count(done.kecamatanCount)}</dd></div>
            <div><dt>{t('onboard.kelurahan')}</dt><dd data-testid="onboard-result-kelurahan">{count(done.kelurahanCount)}</dd></div>
            <div><dt>{t('onboard.desa')}</dt><dd data-testid="onboard-result-desa">{count(done.desaCount)}</dd></div>
          </dl>
          <p><Link to="/tenants" data-testid="onboard-to-list">{t('onboard.toList')}</Link></p>
        </section>
      )}
      <form className="form" onSubmit={submit} noValidate data-testid="onboard-form">
        <div className="form-row">
          <label className="field">
            <span>{t('onboard.province')}</span>
            <select value={province} onChange={(event) => setProvince(event.target.value)} data-testid="onboard-province">
              <option value="">{t('onboard.allProvinces')}</option>
              {provinces.data.officialProvinces.map((option) => <option key={option.code} value={option.code}>{option.code} {option.name}</option>)}
            </select>
          </label>
          <div className="field-wide">
            <RegencyCombobox province={province} chosen={regency} onChoose={choose} invalid={invalid('regencyCode')}
              describedBy={described('regencyCode') ?? 'onboard-regency-hint'} />
            <span className="hint" id="onboard-regency-hint">{t('onboard.regencyHint')}</span>
            <FieldErrors id="onboard-regencyCode-error" errors={byField.get('regencyCode')} prefix="onboard" />
          </div>
        </div>
        {regency && (
          <p className="chosen" data-testid="onboard-chosen">
            {t('onboard.chosen', { name: regency.name, code: regency.code, province: regency.provinceName })} —{' '}
            {t('onboard.counts', { kecamatan: count(regency.kecamatanCount), kelurahan: count(regency.kelurahanCount), desa: count(regency.desaCount) })}
          </p>
        )}
        <div className="form-row">
          <label className="field">
            <span>{t('onboard.slug')}</span>
            <input type="text" value={slug} onChange={(event) => setSlug(event.target.value)} data-testid="onboard-slug"
              aria-invalid={invalid('id')} aria-describedby={described('id') ?? 'onboard-slug-hint'} />
            <span className="hint" id="onboard-slug-hint">{t('onboard.slugHint')}</span>
            <FieldErrors id="onboard-id-error" errors={byField.get('id')} prefix="onboard" />
          </label>
          <label className="field">
            <span>{t('onboard.name')}</span>
            <input type="text" value={name} onChange={(event) => setName(event.target.value)} data-testid="onboard-name"
              aria-invalid={invalid('name')} aria-describedby={described('name')} />
            <FieldErrors id="onboard-name-error" errors={byField.get('name')} prefix="onboard" />
          </label>
          <label className="field">
            <span>{t('onboard.timeZone')}</span>
            <select value={timeZone} onChange={(event) => setTimeZone(event.target.value)} data-testid="onboard-zone"
              aria-invalid={invalid('timeZone')} aria-describedby={described('timeZone')}>
              {TIME_ZONES.map((zone) => <option key={zone} value={zone}>{t(`onboard.zone_${zone.replace('/', '_')}`)}</option>)}
            </select>
            <FieldErrors id="onboard-timeZone-error" errors={byField.get('timeZone')} prefix="onboard" />
          </label>
        </div>
        <button type="submit" className="button button-primary" disabled={saving.fetching} data-testid="onboard-submit">
          {saving.fetching ? t('onboard.saving') : t('onboard.submit')}
        </button>
      </form>
    </section>
  );
}
