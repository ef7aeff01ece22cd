import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PeriodPicker } from '../../components/PeriodPicker';
import { Empty, ErrorState, Loading } from '../../components/States';
import { usePeriod } from '../../components/usePeriod';
import type { Granularity } from '../../gql/graphql';
import { addScreenWords } from '../../lib/words';
import { LifecycleChart } from './LifecycleChart';
import { CitizensLifecycleQuery, CitizensRetentionQuery } from './queries';
import { RetentionHeatMap } from './RetentionHeatMap';
import { retentionRows } from './retention';
import { citizensWords } from './words';

addScreenWords(citizensWords);

/** Cohorts and lifecycles need months: the screen opens on the last year. */
const DEFAULT_WEEKS = 52;

export default function CitizensScreen() {
  const { t } = useTranslation();
  const [period, setPeriod] = usePeriod(DEFAULT_WEEKS);
  const [granularity, setGranularity] = useState<Granularity>('MONTH');
  const [lifecycle, refreshLifecycle] = useQuery({ query: CitizensLifecycleQuery, variables: { ...period, granularity } });
  const [retention, refreshRetention] = useQuery({ query: CitizensRetentionQuery, variables: period });
  const cohorts = useMemo(() => (retention.data ? retentionRows(retention.data.retention, period.to) : null), [retention.data, period.to]);

  return (
    <div className="screen citizens" data-testid="screen-citizens">
      <div className="screen-header"><h1>{t('citizens.title')}</h1></div>
      <PeriodPicker period={period} onChange={setPeriod} />
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          <span>{t('citizens.granularity')}</span>
          <select value={granularity} onChange={(event) => setGranularity(event.target.value as Granularity)} data-testid="citizens-granularity">
            <option value="MONTH">{t('citizens.byMonth')}</option>
            <option value="WEEK">{t('citizens.byWeek')}</option>
          </select>
        </label>
      </form>
      {lifecycle.error ? <ErrorState detail={lifecycle.error.message} onRetry={() => refreshLifecycle({ requestPolicy: 'network-only' })} />
        : !lifecycle.data ? <Loading />
          : lifecycle.data.lifecycle.length === 0 ? <Empty />
            : <LifecycleChart points={lifecycle.data.lifecycle} granularity={granularity} />}
      {retention.error ? <ErrorState detail={retention.error.message} onRetry={() => refreshRetention({ requestPolicy: 'network-only' })} />
        : !cohorts ? <Loading />
          : cohorts.rows.length === 0 ? <Empty />
            : <RetentionHeatMap rows={cohorts.rows} offsets={cohorts.offsets} />}
    </div>
  );
}
