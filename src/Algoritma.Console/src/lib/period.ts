import { config } from './config';

// Periods are [from, to) in the tenant's local days; weeks are ISO weeks (Monday first), as the API counts them.
export interface Period { from: string; to: string }

const DAY_MS = 86_400_000;

export function tenantToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: config.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function mondayOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** The last `weeks` complete ISO weeks before the current one. */
export function lastCompleteWeeks(weeks: number, today = tenantToday()): Period {
  const to = mondayOf(today);
  return { from: addDays(to, -7 * weeks), to };
}

/** The period of equal length just before. */
export function previousPeriod(period: Period): Period {
  const length = daysBetween(period.from, period.to);
  return { from: addDays(period.from, -length), to: period.from };
}

export function isValidPeriod(period: Partial<Period>): period is Period {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return !!period.from && !!period.to && day.test(period.from) && day.test(period.to)
    && !Number.isNaN(Date.parse(period.from)) && !Number.isNaN(Date.parse(period.to))
    && daysBetween(period.from, period.to) > 0 && daysBetween(period.from, period.to) <= 3660;
}
