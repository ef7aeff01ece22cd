import { useTranslation } from 'react-i18next';
import { KpiCard, type KpiCardProps } from '../../components/KpiCard';
import type { CampaignDetailQuery } from '../../gql/graphql';
import { formatPercent, formatPoints } from '../../lib/format';
import { trendOf } from '../overview/kpis';

type Progress = NonNullable<NonNullable<CampaignDetailQuery['campaign']>['progress']>;

// Where the campaign stands, each figure against the baseline before it (the uplift against units not yet joined).
export function ProgressSummary({ progress, windowLabel }: { progress: Progress; windowLabel: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const baseline = progress.baseline ?? null;
  const points = (difference: number | null) => (difference === null ? '—' : `${formatPoints(difference, language)} ${t('campaigns.points')}`);
  const against = (value: number | null | undefined) => (value === null || value === undefined || baseline === null ? null : value - baseline);

  const card = (name: string, label: string, value: number | null | undefined, detail?: string): KpiCardProps => ({
    name, label, value: formatPercent(value, language), previous: formatPercent(baseline, language),
    change: points(against(value)), trend: trendOf(against(value)), detail,
  });
  const gap = progress.gap ?? null;
  const cards: KpiCardProps[] = [
    card('campaign-current', `${t('campaigns.current')} (${windowLabel})`, progress.current,
      `${t(progress.targetReached ? 'campaigns.reached' : 'campaigns.notReached')} · ${t('campaigns.target')} ${formatPercent(progress.target, language)}`),
    card('campaign-sinceLaunch', t('campaigns.sinceLaunch'), progress.sinceLaunch,
      `${t('campaigns.gap')}: ${gap === null ? '—' : `${formatPoints(gap, language)} ${t('campaigns.points')}`}`),
    {
      name: 'campaign-uplift', label: t('campaigns.uplift'), value: points(progress.uplift ?? null),
      previous: '—', change: '—', trend: 'none', detail: t('campaigns.upliftDetail'),
    },
  ];
  return (
    <section aria-labelledby="campaign-progress-heading" className="kpi-section">
      <h2 id="campaign-progress-heading" className="visually-hidden">{t('campaigns.progress')}</h2>
      <div className="kpi-grid">{cards.map((item) => <KpiCard key={item.name} {...item} />)}</div>
    </section>
  );
}
