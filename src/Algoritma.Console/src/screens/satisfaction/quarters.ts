import { addDays } from '../../lib/period';

export interface Quarter { year: number; quarter: number; from: string; to: string }

/** The four calendar quarters up to the one holding `lastDay`, oldest first; `to` is exclusive. */
export function quartersUpTo(lastDay: string): Quarter[] {
  const year = Number(lastDay.slice(0, 4));
  const quarter = Math.floor((Number(lastDay.slice(5, 7)) - 1) / 3) + 1;
  return [3, 2, 1, 0].map((back) => {
    const index = year * 4 + (quarter - 1) - back;
    const y = Math.floor(index / 4);
    const q = (index % 4) + 1;
    const from = `${y}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
    const next = q === 4 ? `${y + 1}-01-01` : `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
    return { year: y, quarter: q, from, to: next };
  });
}

export const lastDayOf = (to: string) => addDays(to, -1);
