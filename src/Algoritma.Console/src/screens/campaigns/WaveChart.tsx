import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/ChartPanel';
import type { Column } from '../../components/DataTable';
import type { CampaignDetailQuery } from '../../gql/graphql';
import { formatDay, formatNumber, formatPercent, formatPoints } from '../../lib/format';
import { seriesColours } from '../../lib/palette';

type Wave = NonNullable<NonNullable<CampaignDetailQuery['campaign']>['progress']>['waves'][number];

const change = (wave: Wave) => (wave.before !== null && wave.before !== undefined && wave.after !== null && wave.after !== undefined ? wave.after - wave.before : null);

export function WaveChart({ waves, target }: { waves: Wave[]; target: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;

  const option = useMemo(() => ({
    grid: { left: 56, right: 24, top: 40, bottom: 56 },
    tooltip: { trigger: 'axis', valueFormatter: (value: number | null) => formatPercent(value, language) },
    legend: { top: 0 },
    xAxis: { type: 'category', data: waves.map((wave) => `${wave.name}\n${formatDay(wave.startsOn, language)}`), axisLabel: { lineHeight: 16, interval: 0 } },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (value: number) => formatPercent(value, language).replace(',0', '') } },
    series: [
      { name: t('campaigns.before'), type: 'bar', data: waves.map((wave) => wave.before ?? null), itemStyle: { color: seriesColours.previous } },
      {
        name: t('campaigns.after'), type: 'bar', data: waves.map((wave) => wave.after ?? null), itemStyle: { color: seriesColours.takeUp },
        markLine: { symbol: 'none', silent: true, data: [{ yAxis: target, lineStyle: { color: seriesColours.target, type: 'dashed', width: 2 },
          label: { formatter: `${t('campaigns.target')} ${formatPercent(target, language)}`, position: 'insideEndTop', color: '#333' } }] },
      },
    ],
  }), [waves, target, t, language]);

  const columns: Column<Wave>[] = [
    { key: 'wave', header: t('campaigns.wave'), render: (wave) => wave.name, value: (wave) => wave.name },
    { key: 'startsOn', header: t('campaigns.startsOn'), render: (wave) => formatDay(wave.startsOn, language), value: (wave) => wave.startsOn },
    { key: 'units', header: t('campaigns.unitCount'), numeric: true, render: (wave) => formatNumber(wave.units, language), value: (wave) => wave.units },
    { key: 'before', header: t('campaigns.before'), numeric: true, render: (wave) => formatPercent(wave.before, language), value: (wave) => wave.before },
    { key: 'after', header: t('campaigns.after'), numeric: true, render: (wave) => formatPercent(wave.after, language), value: (wave) => wave.after },
    { key: 'change', header: t('campaigns.change'), numeric: true, render: (wave) => { const d = change(wave); return d === null ? '—' : `${formatPoints(d, language)} ${t('campaigns.points')}`; }, value: (wave) => change(wave) },
  ];

  return (
    <ChartPanel title={t('campaigns.wavesTitle')} subtitle={t('campaigns.wavesSubtitle')} testId="chart-campaign-waves" fileName="gelombang-kampanye"
      option={option} height={320} columns={columns} rows={waves} rowKey={(wave) => wave.name + wave.startsOn} />
  );
}
