import { config } from './config';

// Numbers and dates as id-ID (or en-GB under the English switch); a ratio of nothing is "—", never 0 %.
const NONE = '—';

function locale(language: string): string {
  return language.startsWith('en') ? 'en-GB' : config.locale;
}

export function formatPercent(ratio: number | null | undefined, language = 'id'): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return NONE;
  const number = new Intl.NumberFormat(locale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${number.format(ratio * 100)}\u00a0%`;
}

export function formatPoints(difference: number | null | undefined, language = 'id'): string {
  if (difference === null || difference === undefined || Number.isNaN(difference)) return NONE;
  const number = new Intl.NumberFormat(locale(language), {
    minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero',
  });
  return number.format(difference * 100);
}

export function formatNumber(value: number | null | undefined, language = 'id', fractionDigits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return NONE;
  return new Intl.NumberFormat(locale(language), {
    minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits,
  }).format(value);
}

export function formatChange(ratio: number | null, language = 'id'): string {
  if (ratio === null || !Number.isFinite(ratio)) return NONE;
  const number = new Intl.NumberFormat(locale(language), {
    minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero',
  });
  return `${number.format(ratio * 100)}\u00a0%`;
}

// A Date scalar (YYYY-MM-DD) is a calendar day: format it as such, without shifting it through a time zone.
export function formatDay(day: string, language = 'id', style: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric', month: style === 'short' ? 'short' : 'long', year: 'numeric', timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

export function formatWeekLabel(day: string, language = 'id'): string {
  return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'short', timeZone: 'UTC' })
    .format(new Date(`${day}T00:00:00Z`));
}

// Indonesia's zones by their usual abbreviations (Intl would say GMT+8).
const zoneAbbreviations: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Pontianak': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

/** A time of day in the tenant's zone with its abbreviation: "06.55 WITA". */
export function formatTime(instant: Date, language = 'id'): string {
  const time = new Intl.DateTimeFormat(locale(language), { hour: '2-digit', minute: '2-digit', timeZone: config.timeZone }).format(instant);
  return `${time} ${zoneAbbreviations[config.timeZone] ?? config.timeZone}`;
}

/** A month by its first day: "Apr 2026". */
export function formatMonth(day: string, language = 'id'): string {
  return new Intl.DateTimeFormat(locale(language), { month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${day}T00:00:00Z`));
}
