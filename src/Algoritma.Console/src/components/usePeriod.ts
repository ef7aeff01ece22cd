import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isValidPeriod, lastCompleteWeeks, type Period } from '../lib/period';

export const DEFAULT_WEEKS = 12;

// The chosen period lives in the URL (?from=&to=), so a link or a reload shows the same numbers.
export function usePeriod(defaultWeeks = DEFAULT_WEEKS): [Period, (period: Period) => void] {
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const period = useMemo(() => {
    const asked = { from, to };
    return isValidPeriod(asked) ? asked : lastCompleteWeeks(defaultWeeks);
  }, [from, to, defaultWeeks]);
  const setPeriod = (next: Period) => setParams((current) => {
    const updated = new URLSearchParams(current);
    updated.set('from', next.from);
    updated.set('to', next.to);
    return updated;
  });
  return [period, setPeriod];
}
