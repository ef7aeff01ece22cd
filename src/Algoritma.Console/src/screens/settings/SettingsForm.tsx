import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FieldErrors } from '../../components/FieldErrors';
import type { IkmRounding, TenantSettingsQuery as Result } from '../../gql/graphql';
import { errorsByField, type PayloadError } from '../campaigns/payloadErrors';
import { HolidayEditor } from './HolidayEditor';
import { UpdateTenantSettingsMutation } from './queries';

type Tenant = NonNullable<Result['tenant']>;
const FIELDS = ['name', 'timeZone', 'workDays', 'officeOpens', 'officeCloses', 'holidays', 'ikmRounding', 'expectedVersion'];
const DAYS = [1, 2, 3, 4, 5, 6, 7];
const ROUNDINGS: IkmRounding[] = ['NONE', 'TWO_DECIMALS', 'THREE_DECIMALS'];
const ZONES = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'];

// The settings form: every section is sent together with the version it was read at; a CONFLICT offers to reload.
// The screen keeps whether this form saved: a save may refetch the tenant, whose new version remounts this form.
export function SettingsForm({ tenant, onReload, saved, onSaved }: {
  tenant: Tenant; onReload: () => void; saved: boolean; onSaved: (version: Tenant['settingsVersion'] | null) => void;
}) {
  const { t } = useTranslation();
  const [saving, save] = useMutation(UpdateTenantSettingsMutation);
  const [name, setName] = useState(tenant.name);
  const [timeZone, setTimeZone] = useState(tenant.timeZone);
  const [workDays, setWorkDays] = useState<number[]>(tenant.workDays);
  const [officeOpens, setOfficeOpens] = useState(tenant.officeOpens);
  const [officeCloses, setOfficeCloses] = useState(tenant.officeCloses);
  const [holidays, setHolidays] = useState<string[]>(tenant.holidays as string[]);
  const [ikmRounding, setIkmRounding] = useState<IkmRounding>(tenant.ikmRounding);
  const [version, setVersion] = useState(tenant.settingsVersion);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const byField = errorsByField(errors, FIELDS);
  const conflict = errors.some((error) => error.code === 'CONFLICT');
  const described = (field: string, hint?: string) => (byField.has(field) ? `settings-${field}-error` : hint);
  const invalid = (field: string) => byField.has(field) || undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    onSaved(null);
    const payload = (await save({ input: {
      name, timeZone, workDays, officeOpens, officeCloses, holidays, ikmRounding, expectedVersion: version,
    } })).data?.updateTenantSettings;
    setErrors(payload?.errors ?? []);
    if (payload?.tenant) {
      setVersion(payload.tenant.settingsVersion);
      onSaved(payload.tenant.settingsVersion);
    }
  };

  return (
    <form className="form settings-form" onSubmit={submit} noValidate data-testid="settings-form" aria-labelledby="settings-form-heading">
      <h2 id="settings-form-heading" className="visually-hidden">{t('settings.title')}</h2>
      {saving.error && <p className="form-errors" role="alert">{t('settings.networkError', { message: saving.error.message })}</p>}
      {conflict && (
        <div className="form-errors" role="alert" data-testid="settings-conflict">
          <p>{t('settings.conflict')}</p>
          <button type="button" className="button" onClick={onReload} data-testid="settings-reload">{t('settings.reload')}</button>
        </div>
      )}
      {byField.get('') && <FieldErrors id="settings-other-error" errors={byField.get('')} prefix="settings" />}
      <fieldset>
        <legend>{t('settings.general')}</legend>
        <div className="form-row">
          <label className="field field-wide">
            <span>{t('settings.name')}</span>
            <input type="text" value={name} onChange={(event) => setName(event.target.value)} data-testid="settings-name"
              aria-invalid={invalid('name')} aria-describedby={described('name')} />
            <FieldErrors id="settings-name-error" errors={byField.get('name')} prefix="settings" />
          </label>
          <label className="field">
            <span>{t('settings.timeZone')}</span>
            <input type="text" list="settings-zones" value={timeZone} onChange={(event) => setTimeZone(event.target.value)} data-testid="settings-timeZone"
              aria-invalid={invalid('timeZone')} aria-describedby={described('timeZone', 'settings-timeZone-hint')} />
            <datalist id="settings-zones">{ZONES.map((zone) => <option key={zone} value={zone} />)}</datalist>
            <span className="hint" id="settings-timeZone-hint">{t('settings.timeZoneHint')}</span>
            <FieldErrors id="settings-timeZone-error" errors={byField.get('timeZone')} prefix="settings" />
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('settings.calendar')}</legend>
        <fieldset className="days" aria-invalid={invalid('workDays')} aria-describedby={described('workDays')}>
          <legend>{t('settings.workDays')}</legend>
          <div className="form-row">
            {DAYS.map((day) => (
              <label key={day} className="check">
                <input type="checkbox" checked={workDays.includes(day)} data-testid={`settings-day-${day}`}
                  onChange={(event) => setWorkDays(event.target.checked ? [...workDays, day].sort() : workDays.filter((d) => d !== day))} />
                {t(`settings.day_${day}`)}
              </label>
            ))}
          </div>
          <FieldErrors id="settings-workDays-error" errors={byField.get('workDays')} prefix="settings" />
        </fieldset>
        <div className="form-row">
          <label className="field">
            <span>{t('settings.officeOpens')}</span>
            <input type="time" value={officeOpens} onChange={(event) => setOfficeOpens(event.target.value)} data-testid="settings-officeOpens"
              aria-invalid={invalid('officeOpens')} aria-describedby={described('officeOpens')} />
            <FieldErrors id="settings-officeOpens-error" errors={byField.get('officeOpens')} prefix="settings" />
          </label>
          <label className="field">
            <span>{t('settings.officeCloses')}</span>
            <input type="time" value={officeCloses} onChange={(event) => setOfficeCloses(event.target.value)} data-testid="settings-officeCloses"
              aria-invalid={invalid('officeCloses')} aria-describedby={described('officeCloses')} />
            <FieldErrors id="settings-officeCloses-error" errors={byField.get('officeCloses')} prefix="settings" />
          </label>
        </div>
        <HolidayEditor holidays={holidays} onChange={setHolidays} errors={byField.get('holidays')} />
      </fieldset>
      <fieldset>
        <legend>{t('settings.ikm')}</legend>
        <label className="field">
          <span>{t('settings.ikmRounding')}</span>
          <select value={ikmRounding} onChange={(event) => setIkmRounding(event.target.value as IkmRounding)} data-testid="settings-ikmRounding"
            aria-invalid={invalid('ikmRounding')} aria-describedby={described('ikmRounding')}>
            {ROUNDINGS.map((rounding) => <option key={rounding} value={rounding}>{t(`settings.rounding_${rounding}`)}</option>)}
          </select>
          <FieldErrors id="settings-ikmRounding-error" errors={byField.get('ikmRounding')} prefix="settings" />
        </label>
      </fieldset>
      {saved && <p className="notice" role="status" data-testid="settings-saved">{t('settings.saved')}</p>}
      <button type="submit" className="button button-primary" disabled={saving.fetching} data-testid="settings-submit">
        {saving.fetching ? t('settings.saving') : t('settings.save')}
      </button>
    </form>
  );
}
