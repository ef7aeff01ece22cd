import type { TFunction } from 'i18next';
import { config } from '../../lib/config';
import { formatTime } from '../../lib/format';

/**
 * The working time to the deadline the API reckons on the city's working calendar (office hours of working days):
 * "sisa 5 jam 30 menit kerja", or "lewat 2 jam kerja" once past it.
 */
export function workingTimeLeft(minutes: number | null | undefined, t: TFunction): string {
  if (minutes == null) return t('queue.closed');
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  const time = [hours > 0 ? t('queue.hours', { count: hours }) : null, rest > 0 || hours === 0 ? t('queue.minutes', { count: rest }) : null]
    .filter(Boolean).join(' ');
  return minutes > 0 ? t('queue.workLeft', { time }) : t('queue.workOverdue', { time });
}

/** An instant in the tenant's zone with its abbreviation: "2 Des 2026 06.55 WITA". */
export function formatInstant(instant: string, language: string): string {
  const day = new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : config.locale, {
    day: 'numeric', month: 'short', year: 'numeric', timeZone: config.timeZone,
  }).format(new Date(instant));
  return `${day} ${formatTime(new Date(instant), language)}`;
}
