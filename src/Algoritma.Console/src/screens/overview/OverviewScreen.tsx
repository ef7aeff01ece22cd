import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Empty, ErrorState, Loading } from '../../components/States';
import { PeriodPicker } from '../../components/PeriodPicker';
import { usePeriod } from '../../components/usePeriod';
import { formatTime } from '../../lib/format';
import { addDays, previousPeriod } from '../../lib/period';
import { ChannelMixChart } from './ChannelMixChart';
import { KpiGrid } from './KpiGrid';
import { ChannelMixQuery, OverviewKpisQuery, TakeUpTrendQuery } from './queries';
import { TakeUpChart } from './TakeUpChart';

const LIVE_INTERVAL_MS = 30_000;

export default function OverviewScreen() {
  const { t, i18n } = useTranslation();
  const [period, setPeriod] = usePeriod();
  const previous = previousPeriod(period);
  // The trend charts show at least a year, so the campaign's waves stay in view around a short period.
  const trend = { from: period.from < addDays(period.to, -364) ? period.from : addDays(period.to, -364), to: period.to };

  const [kpis, refreshKpis] = useQuery({
    query: OverviewKpisQuery,
    variables: { from: period.from, to: period.to, previousFrom: previous.from, previousTo: previous.to },
  });
  const [takeUp, refreshTakeUp] = useQuery({ query: TakeUpTrendQuery, variables: trend });
  const [mix, refreshMix] = useQuery({ query: ChannelMixQuery, variables: trend });
  const [updatedAt, setUpdatedAt] = useState(() => new Date());

  // Live: new events show within 30 seconds (no adoption subscription exists yet).
  useEffect(() => {
    const timer = setInterval(() => {
      refreshKpis({ requestPolicy: 'network-only' });
      refreshTakeUp({ requestPolicy: 'network-only' });
      refreshMix({ requestPolicy: 'network-only' });
      setUpdatedAt(new Date());
    }, LIVE_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [refreshKpis, refreshTakeUp, refreshMix]);

  const time = formatTime(updatedAt, i18n.language);

  return (
    <div className="screen overview" data-testid="screen-overview">
      <div className="screen-header">
        <h1>{t('overview.title')}</h1>
        <p className="live" aria-live="off">{t('chart.live')} · {t('chart.updated', { time })}</p>
      </div>
      <PeriodPicker period={period} onChange={setPeriod} />
      {kpis.error ? <ErrorState detail={kpis.error.message} onRetry={() => refreshKpis({ requestPolicy: 'network-only' })} />
        : !kpis.data ? <Loading />
          : <KpiGrid data={kpis.data} />}
      {takeUp.error ? <ErrorState detail={takeUp.error.message} onRetry={() => refreshTakeUp({ requestPolicy: 'network-only' })} />
        : !takeUp.data ? <Loading />
          : takeUp.data.adoption.length === 0 ? <Empty />
            : <TakeUpChart data={takeUp.data} selected={period} />}
      {mix.error ? <ErrorState detail={mix.error.message} onRetry={() => refreshMix({ requestPolicy: 'network-only' })} />
        : !mix.data ? <Loading />
          : mix.data.adoption.length === 0 ? <Empty />
            : <ChannelMixChart data={mix.data} />}
    </div>
  );
}
