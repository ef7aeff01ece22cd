import { useTranslation } from 'react-i18next';
import type { OverviewKpisQuery } from '../../gql/graphql';
import { KpiCard, type KpiCardProps } from '../../components/KpiCard';
import { formatChange, formatNumber, formatPercent, formatPoints } from '../../lib/format';
import { periodKpis, relativeChange, trendOf } from './kpis';

export function KpiGrid({ data }: { data: OverviewKpisQuery }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const current = periodKpis(data.current);
  const previous = periodKpis(data.previous);
  const points = (difference: number | null) => (difference === null ? '—' : `${formatPoints(difference, language)} ${t('kpi.points')}`);

  const ratioCard = (name: 'digitalTakeUp' | 'completionRate' | 'slaCompliance'): KpiCardProps => {
    const now = current[name];
    const before = previous[name];
    const difference = now !== null && before !== null ? now - before : null;
    return { name, label: t(`kpi.${name}`), value: formatPercent(now, language), previous: formatPercent(before, language), change: points(difference), trend: trendOf(difference) };
  };

  const countCard = (name: 'activeDigitalCitizens' | 'newDigitalCitizens' | 'counterVisitsAvoided' | 'citizenHoursSaved', digits = 0): KpiCardProps => {
    const now = current[name];
    const before = previous[name];
    const change = relativeChange(now, before);
    return { name, label: t(`kpi.${name}`), value: formatNumber(now, language, digits), previous: formatNumber(before, language, digits), change: formatChange(change, language), trend: trendOf(change) };
  };

  const ikmNow = data.ikm?.value ?? null;
  const ikmBefore = data.previousIkm?.value ?? null;
  const ikmDifference = ikmNow !== null && ikmBefore !== null ? ikmNow - ikmBefore : null;
  const ikm: KpiCardProps = {
    name: 'ikm',
    label: t('kpi.ikm'),
    value: formatNumber(ikmNow, language, 2),
    detail: data.ikm ? t('kpi.grade', { grade: data.ikm.grade }) : undefined,
    previous: data.previousIkm ? `${formatNumber(ikmBefore, language, 2)} (${data.previousIkm.grade})` : '—',
    change: ikmDifference === null ? '—' : formatNumber(ikmDifference, language, 2).replace(/^(?=\d)/, ikmDifference > 0 ? '+' : ''),
    trend: trendOf(ikmDifference),
  };

  const cards = [
    ratioCard('digitalTakeUp'), ratioCard('completionRate'), ratioCard('slaCompliance'), ikm,
    countCard('activeDigitalCitizens'), countCard('newDigitalCitizens'), countCard('counterVisitsAvoided'), countCard('citizenHoursSaved', 1),
  ];

  return (
    <section aria-labelledby="kpi-heading" className="kpi-section">
      <h2 id="kpi-heading" className="visually-hidden">{t('overview.kpis')}</h2>
      <div className="kpi-grid">
        {cards.map((card) => <KpiCard key={card.name} {...card} />)}
      </div>
    </section>
  );
}
