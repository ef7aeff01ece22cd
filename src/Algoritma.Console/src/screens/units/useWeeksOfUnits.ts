import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { addDays, daysBetween, mondayOf, type Period } from '../../lib/period';
import type { WeekOfUnits } from './heatmap';
import { UnitsWeekQuery } from './queries';

/** The heat map asks one ranking per week; a long period shows its last weeks only. */
export const MAX_HEAT_WEEKS = 26;

export function heatWeeks(period: Period): string[] {
  const weeks: string[] = [];
  for (let week = mondayOf(period.from); week < period.to; week = addDays(week, 7)) weeks.push(week);
  return weeks.slice(-MAX_HEAT_WEEKS);
}

export interface WeeksOfUnitsState { weeks: WeekOfUnits[] | null; done: number; total: number; error: string | null; reload: () => void }

// Every week of the period, asked together (the browser keeps a few in flight); the weeks come back in order.
export function useWeeksOfUnits(period: Period): WeeksOfUnitsState {
  const client = useClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<WeeksOfUnitsState, 'reload'>>({ weeks: null, done: 0, total: 0, error: null });

  useEffect(() => {
    let cancelled = false;
    const weeks = heatWeeks(period);
    let done = 0;
    setState({ weeks: null, done: 0, total: weeks.length, error: null });
    Promise.all(weeks.map(async (week) => {
      const to = daysBetween(week, period.to) < 7 ? period.to : addDays(week, 7);
      const from = week < period.from ? period.from : week;
      const result = await client.query(UnitsWeekQuery, { from, to }, { requestPolicy: attempt ? 'network-only' : 'cache-first' }).toPromise();
      if (result.error || !result.data) throw new Error(result.error?.message ?? 'no data');
      done += 1;
      if (!cancelled) setState((current) => ({ ...current, done }));
      return { week, kelurahan: result.data.kelurahan, kecamatan: result.data.kecamatan };
    })).then(
      (answers) => { if (!cancelled) setState({ weeks: answers, done: answers.length, total: answers.length, error: null }); },
      (error: Error) => { if (!cancelled) setState((current) => ({ ...current, error: error.message })); },
    );
    return () => { cancelled = true; };
  }, [client, period.from, period.to, attempt]);

  return { ...state, reload: () => setAttempt((count) => count + 1) };
}
