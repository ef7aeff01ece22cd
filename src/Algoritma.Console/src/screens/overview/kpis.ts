import type { KpiWeekFragment } from '../../gql/graphql';

// The KPI cards' figures over a whole period, summed from its weeks as the API defines each ratio
// (docs/adoption-metrics.md): a ratio of nothing is null.
export interface PeriodKpis {
  digitalTakeUp: number | null;
  completionRate: number | null;
  slaCompliance: number | null;
  activeDigitalCitizens: number | null;
  newDigitalCitizens: number;
  counterVisitsAvoided: number;
  citizenHoursSaved: number;
}

const sum = (weeks: readonly KpiWeekFragment[], pick: (week: KpiWeekFragment) => number | null | undefined) =>
  weeks.reduce((total, week) => total + Number(pick(week) ?? 0), 0);

const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);

export function periodKpis(weeks: readonly KpiWeekFragment[]): PeriodKpis {
  const completed = sum(weeks, (week) => week.completed);
  const weeksWithActivity = weeks.filter((week) => week.activeDigitalCitizens !== null && week.activeDigitalCitizens !== undefined);
  return {
    digitalTakeUp: ratio(sum(weeks, (week) => week.digitalCompleted), completed),
    completionRate: ratio(completed, sum(weeks, (week) => week.started)),
    slaCompliance: ratio(sum(weeks, (week) => week.completedWithinSla), completed),
    // Distinct citizens do not add up across weeks: the card shows the weekly average.
    activeDigitalCitizens: weeksWithActivity.length
      ? sum(weeksWithActivity, (week) => week.activeDigitalCitizens) / weeksWithActivity.length : null,
    newDigitalCitizens: sum(weeks, (week) => week.newDigitalCitizens),
    counterVisitsAvoided: sum(weeks, (week) => week.counterVisitsAvoided),
    citizenHoursSaved: sum(weeks, (week) => week.citizenHoursSaved),
  };
}

/** Relative change of a count; null when there was nothing before. */
export function relativeChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / previous;
}

export function trendOf(difference: number | null): 'up' | 'down' | 'flat' | 'none' {
  if (difference === null) return 'none';
  if (Math.abs(difference) < 1e-9) return 'flat';
  return difference > 0 ? 'up' : 'down';
}
