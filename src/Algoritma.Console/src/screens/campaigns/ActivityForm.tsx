import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { CampaignActivityKind } from '../../gql/graphql';
import { FieldErrors } from '../../components/FieldErrors';
import { errorsByField, isConflict, type PayloadError } from './payloadErrors';
import { RecordCampaignActivityMutation } from './queries';

const FIELDS = ['kind', 'date', 'unit', 'attendance', 'note'];
const KINDS: CampaignActivityKind[] = ['SOSIALISASI', 'PELATIHAN', 'DOOR_TO_DOOR', 'PRIORITY_DAY', 'OTHER'];

export interface ActivityFormProps {
  campaignId: string;
  version: number;
  /** The campaign's units and their kelurahan/desa, as [code, name]. */
  units: [string, string][];
  /** Reads the campaign again (its new version and activities). */
  onReload: () => void;
}

// Recording an activity at the version the page shows; a CONFLICT keeps what was typed and offers a reload.
export function ActivityForm({ campaignId, version, units, onReload }: ActivityFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<CampaignActivityKind>('SOSIALISASI');
  const [date, setDate] = useState('');
  const [unit, setUnit] = useState('');
  const [attendance, setAttendance] = useState('0');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [saved, setSaved] = useState(false);
  const [result, run] = useMutation(RecordCampaignActivityMutation);
  const conflict = isConflict(result.error);
  const byField = errorsByField(errors, FIELDS);
  const described = (field: string) => (byField.has(field) ? `activity-${field}-error` : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const answer = await run({
      input: { campaignId, expectedVersion: version, kind, date, unit, attendance: Number(attendance), note: note || null },
    });
    const payload = answer.data?.recordCampaignActivity;
    setErrors(payload?.errors ?? []);
    if (payload?.campaign) {
      setSaved(true);
      setDate(''); setUnit(''); setAttendance('0'); setNote('');
      onReload();
    }
  };

  return (
    <section className="panel" aria-labelledby="activity-form-heading" data-testid="campaign-activity-form">
      <h2 id="activity-form-heading">{t('campaigns.record')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        {conflict && (
          <div className="form-errors" role="alert" data-testid="activity-conflict">
            <p>{t('campaigns.conflict')}</p>
            <button type="button" className="button" onClick={onReload}>{t('campaigns.reload')}</button>
          </div>
        )}
        {result.error && !conflict && <p className="form-errors" role="alert">{t('campaigns.networkError', { message: result.error.message })}</p>}
        {byField.get('') && <FieldErrors id="activity-other-error" errors={byField.get('')} prefix="campaigns" />}
        {saved && <p className="notice" role="status" data-testid="activity-saved">{t('campaigns.recorded')}</p>}
        <div className="form-row">
          <label className="field">
            <span>{t('campaigns.kind')}</span>
            <select value={kind} onChange={(event) => setKind(event.target.value as CampaignActivityKind)} data-testid="activity-kind">
              {KINDS.map((option) => <option key={option} value={option}>{t(`campaigns.kind_${option}`)}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t('campaigns.date')}</span>
            <input type="date" value={date} onChange={(event) => setDate(event.target.value)} data-testid="activity-date"
              aria-invalid={byField.has('date') || undefined} aria-describedby={described('date')} />
            <FieldErrors id="activity-date-error" errors={byField.get('date')} prefix="campaigns" />
          </label>
          <label className="field">
            <span>{t('campaigns.unit')}</span>
            <select value={unit} onChange={(event) => setUnit(event.target.value)} data-testid="activity-unit"
              aria-invalid={byField.has('unit') || undefined} aria-describedby={described('unit')}>
              <option value="">{t('campaigns.chooseUnit')}</option>
              {units.map(([code, name]) => <option key={code} value={code}>{name} ({code})</option>)}
            </select>
            <FieldErrors id="activity-unit-error" errors={byField.get('unit')} prefix="campaigns" />
          </label>
          <label className="field">
            <span>{t('campaigns.attendance')}</span>
            <input inputMode="numeric" value={attendance} onChange={(event) => setAttendance(event.target.value)} data-testid="activity-attendance"
              aria-invalid={byField.has('attendance') || undefined} aria-describedby={described('attendance')} />
            <FieldErrors id="activity-attendance-error" errors={byField.get('attendance')} prefix="campaigns" />
          </label>
        </div>
        <label className="field">
          <span>{t('campaigns.note')}</span>
          <textarea value={note} onChange={(event) => setNote(event.target.value)} maxLength={2000} rows={2} data-testid="activity-note" />
          <FieldErrors id="activity-note-error" errors={byField.get('note')} prefix="campaigns" />
        </label>
        <button type="submit" className="button button-primary" disabled={result.fetching} data-testid="activity-submit">
          {result.fetching ? t('campaigns.saving') : t('campaigns.recordSubmit')}
        </button>
      </form>
    </section>
  );
}
