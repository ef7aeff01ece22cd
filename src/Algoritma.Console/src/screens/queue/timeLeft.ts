import type { TFunction } from 'i18next';
import { config } from '../../lib/config';
import { formatTime } from '../../lib/format';

const MINUTE = 60_000;

/** A span as days, hours and minutes (the two largest parts): "2 hari 3 jam", "45 menit". */
function span(ms: number, t: TFunction): string {
  const minutes = Math.floor(ms / MINUTE);
  const parts = [
    ['days', Math.floor(minutes / 1440)], ['hours', Math.floor(minutes / 60) % 24], ['minutes', minutes % 60],
  ] as const;
  const first = parts.findIndex(([, value]) => value > 0);
  if (first < 0) return t('queue.minutes', { count: 0 });
  return parts.slice(first, first + 2).filter(([, value]) => value > 0).map(([unit, value]) => t(`queue.${unit}`, { count: value })).join(' ');
}

/**
 * Time to the deadline as the clock runs (the API has no working-time figure for a request and an officer cannot read
 * the city's working calendar): "sisa 2 hari 3 jam", or "lewat 5 jam" once past it.
 */
export function timeLeft(deadline: string, now: number, t: TFunction): string {
  const ms = Date.parse(deadline) - now;
  return ms >= 0 ? t('queue.left', { time: span(ms, t) }) : t('queue.overdue', { time: span(-ms, t) });
}

function tenantDay(instant: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: config.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** Open, not yet breached, and its deadline falls on today's date in the tenant's zone. */
export function dueToday(request: { deadline: string; slaBreached: boolean; status: string }, now: number): boolean {
  const open = request.status === 'SUBMITTED' || request.status === 'VERIFIED';
  return open && !request.slaBreached && tenantDay(Date.parse(request.deadline)) === tenantDay(now);
}

/** An instant in the tenant's zone with its abbreviation: "2 Des 2026 06.55 WITA". */
export function formatInstant(instant: string, language: string): string {
  const day = new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : config.locale, {
    day: 'numeric', month: 'short', year: 'numeric', timeZone: config.timeZone,
  }).format(new Date(instant));
  return `${day} ${formatTime(new Date(instant), language)}`;
}
