import type { CitizensRetentionQuery } from '../../gql/graphql';
import { addDays } from '../../lib/period';

type Cohort = CitizensRetentionQuery['retention'][number];

export interface RetentionRow {
  cohort: string;
  size: number;
  /** Per month offset: the share active, 0 when nobody came back, null once the month lies after the period. */
  rates: (number | null)[];
  active: (number | null)[];
}

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

// The API lists only the months someone was active: a month in the period with nobody back is 0, not unknown.
export function retentionRows(cohorts: readonly Cohort[], to: string): { rows: RetentionRow[]; offsets: number[] } {
  const lastMonth = monthIndex(addDays(to, -1));
  const width = cohorts.reduce((widest, cohort) => Math.max(widest, lastMonth - monthIndex(cohort.cohort) + 1), 0);
  const offsets = Array.from({ length: width }, (_, offset) => offset);
  const rows = cohorts.map((cohort) => {
    const observed = lastMonth - monthIndex(cohort.cohort);
    const byOffset = new Map(cohort.periods.map((period) => [period.offset, period]));
    return {
      cohort: cohort.cohort,
      size: Number(cohort.size),
      rates: offsets.map((offset) => (offset > observed ? null : Number(byOffset.get(offset)?.rate ?? 0))),
      active: offsets.map((offset) => (offset > observed ? null : Number(byOffset.get(offset)?.active ?? 0))),
    };
  });
  return { rows, offsets };
}
