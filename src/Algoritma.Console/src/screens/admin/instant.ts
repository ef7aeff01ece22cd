import { config } from '../../lib/config';
import { formatDay, formatTime } from '../../lib/format';

/** A DateTimeOffset as the tenant's local day and time: "2 Des 2026 09.15 WITA"; "—" when there is none. */
export function formatInstant(value: string | null | undefined, language = 'id'): string {
  if (!value) return '—';
  const instant = new Date(value);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: config.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
  return `${formatDay(day, language)} ${formatTime(instant, language)}`;
}
