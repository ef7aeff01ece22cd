import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldErrors } from '../../components/FieldErrors';
import { formatDay } from '../../lib/format';
import type { PayloadError } from '../campaigns/payloadErrors';

const yearOf = (day: string) => Number(day.slice(0, 4));

// Holidays one year at a time: the year picker lists this year, the next and every year that has holidays.
export function HolidayEditor({ holidays, onChange, errors }: { holidays: string[]; onChange: (days: string[]) => void; errors?: PayloadError[] }) {
  const { t, i18n } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [date, setDate] = useState('');
  const years = [...new Set([thisYear, thisYear + 1, ...holidays.map(yearOf)])].sort();
  const shown = holidays.filter((day) => yearOf(day) === year).sort();
  const add = () => {
    if (!date) return;
    if (!holidays.includes(date)) onChange([...holidays, date].sort());
    setYear(yearOf(date) || year);
    setDate('');
  };

  return (
    <fieldset aria-describedby={errors?.length ? 'settings-holidays-error' : 'settings-holiday-count'} data-testid="settings-holidays">
      <legend>{t('settings.holidays')}</legend>
      <div className="form-row">
        <label className="field">
          <span>{t('settings.year')}</span>
          <select value={year} onChange={(event) => setYear(Number(event.target.value))} data-testid="settings-holiday-year">
            {years.map((option) => <option key={option} value={option}>{option}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('settings.holidayDate')}</span>
          <input type="date" value={date} min="2000-01-01" max="2099-12-31" onChange={(event) => setDate(event.target.value)} data-testid="settings-holiday-date"
            aria-invalid={errors?.length ? true : undefined} onKeyDown={(event) => { if (event.key === 'Enter') { event.preventDefault(); add(); } }} />
        </label>
        <button type="button" className="button settings-add" onClick={add} data-testid="settings-holiday-add">{t('settings.addHoliday')}</button>
      </div>
      <p className="hint" id="settings-holiday-count" role="status">{t('settings.holidayCount', { count: shown.length, year })}</p>
      {shown.length === 0 ? <p className="muted">{t('settings.noHolidays', { year })}</p> : (
        <ul className="holiday-list" data-testid="settings-holiday-list">
          {shown.map((day) => (
            <li key={day} data-testid="settings-holiday">
              <time dateTime={day}>{formatDay(day, i18n.language, 'long')}</time>
              <button type="button" className="button" aria-label={t('settings.removeHoliday', { date: formatDay(day, i18n.language, 'long') })}
                onClick={() => onChange(holidays.filter((d) => d !== day))} data-testid="settings-holiday-remove">×</button>
            </li>
          ))}
        </ul>
      )}
      <FieldErrors id="settings-holidays-error" errors={errors} prefix="settings" />
    </fieldset>
  );
}
