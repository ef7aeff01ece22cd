import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/ChartPanel';
import type { Column } from '../../components/DataTable';
import type { CampaignDetailQuery } from '../../gql/graphql';
import { formatPercent } from '../../lib/format';
import { seriesColours } from '../../lib/palette';

type Progress = NonNullable<NonNullable<CampaignDetailQuery['campaign']>['progress']>;
interface Bar { key: string; label: string; value: number | null }

// Baseline, the trailing window and since launch against the target line.
export function ProgressChart({ progress, windowLabel }: { progress: Progress; windowLabel: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const bars: Bar[] = [
    { key: 'baseline', label: t('campaigns.baseline'), value: progress.baseline ?? null },
    { key: 'current', label: t('campaigns.current'), value: progress.current ?? null },
    { key: 'sinceLaunch', label: t('campaigns.sinceLaunch'), value: progress.sinceLaunch ?? null },
  ];

  const option = useMemo(() => ({
    grid: { left: 8, right: 72, top: 28, bottom: 32, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (value: number | null) => formatPercent(value, language) },
    xAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (value: number) => formatPercent(value, language).replace(',0', '') } },
    yAxis: { type: 'category', data: bars.map((bar) => bar.label), inverse: true, axisLabel: { width: 220, overflow: 'break' } },
    series: [{
      type: 'bar', name: t('campaigns.progress'), data: bars.map((bar) => bar.value),
      itemStyle: { color: seriesColours.takeUp },
      label: { show: true, position: 'right', formatter: ({ value }: { value: number | null }) => formatPercent(value, language) },
      markLine: {
        symbol: 'none', silent: true,
        data: [{ xAxis: progress.target, lineStyle: { color: seriesColours.target, type: 'dashed', width: 2 },
          label: { formatter: `${t('campaigns.target')} ${formatPercent(progress.target, language)}`, position: 'start', color: '#333' } }],
      },
    }],
  }), [progress, t, language, windowLabel]); // bars derive from progress

  const columns: Column<Bar>[] = [
    { key: 'what', header: t('campaigns.progress'), render: (bar) => bar.label, value: (bar) => bar.label },
    { key: 'value', header: '%', numeric: true, render: (bar) => formatPercent(bar.value, language), value: (bar) => bar.value },
    { key: 'target', header: t('campaigns.target'), numeric: true, render: () => formatPercent(progress.target, language), value: () => progress.target },
  ];

  return (
    <ChartPanel title={t('campaigns.progressTitle')} subtitle={`${t('campaigns.progressSubtitle')} (${t('campaigns.current')}: ${windowLabel})`} testId="chart-campaign-progress"
      fileName="kemajuan-kampanye" option={option} height={220} columns={columns} rows={bars} rowKey={(bar) => bar.key} />
  );
}
