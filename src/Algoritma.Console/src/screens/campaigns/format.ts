import { formatDay } from '../../lib/format';

export function formatRange(from: string, to: string, language: string): string {
  return `${formatDay(from, language)} – ${formatDay(to, language)}`;
}

export function campaignPath(id: string): string {
  return `/campaigns/${encodeURIComponent(id)}`;
}
