import { useTranslation } from 'react-i18next';
import { KpiCard, type KpiCardProps } from '../../components/KpiCard';
import type { KpiWeekFragment } from '../../gql/graphql';
import { formatChange, formatNumber, formatPercent, formatPoints } from '../../lib/format';
import { periodKpis, relativeChange, trendOf } from '../overview/kpis';

// The unit's figures for the period against the one before, summed from its weeks as the overview sums the city's.
export function UnitFigures({ current: currentWeeks, previous: previousWeeks }: { current: readonly KpiWeekFragment[]; previous: readonly KpiWeekFragment[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const current = periodKpis(currentWeeks);
  const previous = periodKpis(previousWeeks);
  const completed = (weeks: readonly KpiWeekFragment[]) => weeks.reduce((sum, week) => sum + Number(week.completed), 0);

  const ratioCard = (name: 'digitalTakeUp' | 'completionRate' | 'slaCompliance'): KpiCardProps => {
    const difference = current[name] !== null && previous[name] !== null ? current[name]! - previous[name]! : null;
    return {
      name, label: t(`kpi.${name}`), value: formatPercent(current[name], language), previous: formatPercent(previous[name], language),
      change: difference === null ? '—' : `${formatPoints(difference, language)} ${t('kpi.points')}`, trend: trendOf(difference),
    };
  };
  const countCard = (name: string, label: string, now: number, before: number, digits = 0): KpiCardProps => {
    const change = relativeChange(now, before);
    return {
      name, label, value: formatNumber(now, language, digits), previous: formatNumber(before, language, digits),
      change: formatChange(change, language), trend: trendOf(change),
    };
  };

  const cards = [
    ratioCard('digitalTakeUp'), ratioCard('completionRate'), ratioCard('slaCompliance'),
    countCard('completed', t('chart.completed'), completed(currentWeeks), completed(previousWeeks)),
    countCard('newDigitalCitizens', t('kpi.newDigitalCitizens'), current.newDigitalCitizens, previous.newDigitalCitizens),
    countCard('counterVisitsAvoided', t('kpi.counterVisitsAvoided'), current.counterVisitsAvoided, previous.counterVisitsAvoided),
  ];

  return (
    <section aria-labelledby="unit-figures-heading" className="kpi-section">
      <h2 id="unit-figures-heading">{t('units.figures')}</h2>
      <div className="kpi-grid">{cards.map((card) => <KpiCard key={card.name} {...card} />)}</div>
    </section>
  );
}
