import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../lib/format';
import { addDays, isValidPeriod, lastCompleteWeeks, previousPeriod, type Period } from '../lib/period';

const PRESETS = [4, 12, 26, 52];

export function PeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const { t, i18n } = useTranslation();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => { setFrom(period.from); setTo(period.to); }, [period.from, period.to]);

  const preset = PRESETS.find((weeks) => {
    const candidate = lastCompleteWeeks(weeks);
    return candidate.from === period.from && candidate.to === period.to;
  });
  const previous = previousPeriod(period);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = { from, to };
    setInvalid(!isValidPeriod(next));
    if (isValidPeriod(next)) onChange(next);
  };

  return (
    <form className="period-picker" onSubmit={submit} data-testid="period-picker">
      <fieldset>
        <legend>{t('period.legend')}</legend>
        <label>
          <span>{t('period.preset')}</span>
          <select value={preset ?? ''} data-testid="period-preset"
            onChange={(event) => event.target.value && onChange(lastCompleteWeeks(Number(event.target.value)))}>
            {preset === undefined && <option value="">{t('period.custom')}</option>}
            {PRESETS.map((weeks) => <option key={weeks} value={weeks}>{t('period.weeks', { count: weeks })}</option>)}
          </select>
        </label>
        <label>
          <span>{t('period.from')}</span>
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} data-testid="period-from" />
        </label>
        <label>
          <span>{t('period.to')}</span>
          <input type="date" value={to} onChange={(event) => setTo(event.target.value)} data-testid="period-to" />
        </label>
        <button type="submit" className="button">{t('period.apply')}</button>
      </fieldset>
      <p className="period-summary" data-testid="period-summary">
        {formatDay(period.from, i18n.language)} – {formatDay(addDays(period.to, -1), i18n.language)}{' '}
        ({t('period.compared', { from: formatDay(previous.from, i18n.language), to: formatDay(addDays(previous.to, -1), i18n.language) })})
      </p>
      {invalid && <p className="field-error" role="alert">{t('period.invalid')}</p>}
    </form>
  );
}
