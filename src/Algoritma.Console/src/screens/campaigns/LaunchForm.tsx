import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { ErrorState, Loading } from '../../components/States';
import type { CampaignGoalMetric, DayOfWeek } from '../../gql/graphql';
import { FieldErrors } from '../../components/FieldErrors';
import { errorsByField, type PayloadError } from './payloadErrors';
import { LaunchCampaignMutation } from './queries';
import { UnitPicker } from './UnitPicker';
import { useRegions } from './useRegions';
import { WavesField, type WaveDraft } from './WavesField';

const FIELDS = ['name', 'goalMetric', 'target', 'units', 'from', 'to', 'waves', 'priorityDays'];
const METRICS: CampaignGoalMetric[] = ['DIGITAL_TAKE_UP', 'COMPLETION_RATE', 'SLA_COMPLIANCE'];
const DAYS: DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

// Launching a campaign: everything typed stays in this state whatever the API answers.
export function LaunchForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const regions = useRegions();
  const [name, setName] = useState('');
  const [goalMetric, setGoalMetric] = useState<CampaignGoalMetric>('DIGITAL_TAKE_UP');
  const [targetPercent, setTargetPercent] = useState('60');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [units, setUnits] = useState<Set<string>>(new Set());
  const [waves, setWaves] = useState<WaveDraft[]>([]);
  const [priorityDays, setPriorityDays] = useState<Set<DayOfWeek>>(new Set());
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [launch, run] = useMutation(LaunchCampaignMutation);

  const byField = errorsByField(errors, FIELDS);
  const described = (field: string) => (byField.has(field) ? `campaign-${field}-error` : undefined);
  const invalid = (field: string) => (byField.has(field) ? true : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run({
      input: {
        name, goalMetric, target: Number(targetPercent.replace(',', '.')) / 100, units: [...units], from, to,
        waves: waves.map((wave) => ({ name: wave.name, startsOn: wave.startsOn, units: [...wave.units].filter((code) => units.has(code)) })),
        priorityDays: DAYS.filter((day) => priorityDays.has(day)),
      },
    });
    const payload = result.data?.launchCampaign;
    if (payload?.campaign) {
      navigate('/campaigns', { state: { launched: payload.campaign.name } });
      return;
    }
    setErrors(payload?.errors ?? []);
    if (payload?.errors.length) document.getElementById('campaign-form-errors')?.focus();
  };

  if (regions.error) return <ErrorState detail={regions.error.message} onRetry={() => regions.refresh({ requestPolicy: 'network-only' })} />;
  if (regions.fetching && regions.groups.length === 0) return <Loading />;

  return (
    <div className="screen campaigns" data-testid="screen-campaign-launch">
      <p><Link to="/campaigns">← {t('campaigns.back')}</Link></p>
      <h1>{t('campaigns.launch')}</h1>
      <form className="form" onSubmit={submit} noValidate data-testid="campaign-launch-form">
        {(errors.length > 0 || launch.error) && (
          <div id="campaign-form-errors" className="form-errors" role="alert" tabIndex={-1} data-testid="campaign-form-errors">
            {errors.length > 0 && <p>{t('campaigns.formErrors')}</p>}
            {launch.error && <p>{t('campaigns.networkError', { message: launch.error.message })}</p>}
            {byField.get('') && <FieldErrors id="campaign-other-error" errors={byField.get('')} prefix="campaigns" />}
          </div>
        )}
        <label className="field">
          <span>{t('campaigns.name')}</span>
          <input value={name} onChange={(event) => setName(event.target.value)} maxLength={200} data-testid="campaign-name"
            aria-invalid={invalid('name')} aria-describedby={described('name')} />
          <FieldErrors id="campaign-name-error" errors={byField.get('name')} prefix="campaigns" />
        </label>
        <div className="form-row">
          <label className="field">
            <span>{t('campaigns.goal')}</span>
            <select value={goalMetric} onChange={(event) => setGoalMetric(event.target.value as CampaignGoalMetric)} data-testid="campaign-goal">
              {METRICS.map((metric) => <option key={metric} value={metric}>{t(`campaigns.metric_${metric}`)}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t('campaigns.targetPercent')}</span>
            <input inputMode="decimal" value={targetPercent} onChange={(event) => setTargetPercent(event.target.value)} data-testid="campaign-target"
              aria-invalid={invalid('target')} aria-describedby={['campaign-target-hint', described('target') ?? ''].join(' ').trim()} />
            <small id="campaign-target-hint" className="hint">{t('campaigns.targetHint')}</small>
            <FieldErrors id="campaign-target-error" errors={byField.get('target')} prefix="campaigns" />
          </label>
          <label className="field">
            <span>{t('campaigns.from')}</span>
            <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} data-testid="campaign-from"
              aria-invalid={invalid('from')} aria-describedby={described('from')} />
            <FieldErrors id="campaign-from-error" errors={byField.get('from')} prefix="campaigns" />
          </label>
          <label className="field">
            <span>{t('campaigns.to')}</span>
            <input type="date" value={to} onChange={(event) => setTo(event.target.value)} data-testid="campaign-to"
              aria-invalid={invalid('to')} aria-describedby={described('to')} />
            <FieldErrors id="campaign-to-error" errors={byField.get('to')} prefix="campaigns" />
          </label>
        </div>
        <UnitPicker id="campaign-units" legend={t('campaigns.units')} hint={t('campaigns.unitsHint')} groups={regions.groups}
          selected={units} onChange={setUnits} describedBy={described('units')} />
        <FieldErrors id="campaign-units-error" errors={byField.get('units')} prefix="campaigns" />
        <WavesField waves={waves} onChange={setWaves} groups={regions.groups} campaignUnits={units} errorId={described('waves')} />
        <FieldErrors id="campaign-waves-error" errors={byField.get('waves')} prefix="campaigns" />
        <fieldset className="days" aria-describedby={described('priorityDays')}>
          <legend>{t('campaigns.priorityDays')}</legend>
          {DAYS.map((day) => (
            <label key={day} className="check">
              <input type="checkbox" checked={priorityDays.has(day)} data-testid={`campaign-day-${day}`}
                onChange={(event) => {
                  const next = new Set(priorityDays);
                  if (event.target.checked) next.add(day); else next.delete(day);
                  setPriorityDays(next);
                }} />
              {t(`weekday.${day}`)}
            </label>
          ))}
        </fieldset>
        <FieldErrors id="campaign-priorityDays-error" errors={byField.get('priorityDays')} prefix="campaigns" />
        <button type="submit" className="button button-primary" disabled={launch.fetching} data-testid="campaign-submit">
          {launch.fetching ? t('campaigns.saving') : t('campaigns.launchSubmit')}
        </button>
      </form>
    </div>
  );
}
