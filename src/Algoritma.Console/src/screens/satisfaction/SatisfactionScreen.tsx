import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PeriodPicker } from '../../components/PeriodPicker';
import { Empty, ErrorState, Loading } from '../../components/States';
import { usePeriod } from '../../components/usePeriod';
import './words';
import { ElementChart } from './ElementChart';
import { GroupIkmChart } from './GroupIkmChart';
import { IkmSummary } from './IkmSummary';
import { lastDayOf, quartersUpTo } from './quarters';
import { SatisfactionOverviewQuery } from './queries';
import { useSatisfactionEach, type Group } from './useSatisfactionEach';

// Kepuasan: IKM of the period by element, by kecamatan, by service and by quarter, each with its grade.
export default function SatisfactionScreen() {
  const { t } = useTranslation();
  const [period, setPeriod] = usePeriod();
  const [overview, refresh] = useQuery({ query: SatisfactionOverviewQuery, variables: period });
  const data = overview.data;

  const unitGroups: Group[] = useMemo(() => (data?.kecamatans.nodes ?? []).map((kecamatan) => ({
    key: kecamatan.code, label: kecamatan.name, variables: { ...period, unit: kecamatan.code },
  })), [data, period]);
  const serviceGroups: Group[] = useMemo(() => (data?.services.nodes ?? []).map((service) => ({
    key: service.code, label: service.name, variables: { ...period, service: service.code },
  })), [data, period]);
  const quarterGroups: Group[] = useMemo(() => quartersUpTo(lastDayOf(period.to)).map((quarter) => ({
    key: quarter.from, label: t('satisfaction.quarterLabel', { quarter: quarter.quarter, year: quarter.year }), variables: { from: quarter.from, to: quarter.to },
  })), [period.to, t]);

  const units = useSatisfactionEach(data ? unitGroups : []);
  const services = useSatisfactionEach(data ? serviceGroups : []);
  const quarters = useSatisfactionEach(quarterGroups);

  return (
    <div className="screen satisfaction" data-testid="screen-satisfaction">
      <h1>{t('satisfaction.title')}</h1>
      <PeriodPicker period={period} onChange={setPeriod} />
      {overview.error ? <ErrorState detail={overview.error.message} onRetry={() => refresh({ requestPolicy: 'network-only' })} />
        : !data ? <Loading />
          : !data.satisfaction ? <Empty label={t('satisfaction.noAnswers')} />
            : (
              <>
                <IkmSummary ikm={data.satisfaction} />
                <ElementChart elementNrr={data.satisfaction.elementNrr} />
                <GroupIkmChart title={t('satisfaction.unitsTitle')} subtitle={t('satisfaction.unitsSubtitle')} testId="chart-ikm-units"
                  fileName="ikm-per-kecamatan" groupHeader={t('satisfaction.unit')} rows={units.rows} error={units.error} onRetry={units.retry} />
                <GroupIkmChart title={t('satisfaction.servicesTitle')} subtitle={t('satisfaction.servicesSubtitle')} testId="chart-ikm-services"
                  fileName="ikm-per-layanan" groupHeader={t('satisfaction.service')} rows={services.rows} error={services.error} onRetry={services.retry} />
              </>
            )}
      <GroupIkmChart title={t('satisfaction.quartersTitle')} subtitle={t('satisfaction.quartersSubtitle')} testId="chart-ikm-quarters"
        fileName="ikm-per-triwulan" groupHeader={t('satisfaction.quarter')} rows={quarters.rows} error={quarters.error} onRetry={quarters.retry} />
    </div>
  );
}
