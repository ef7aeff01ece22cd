import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewTakeUpTrendQuery } from '../../gql/graphql';
import { ChartPanel } from '../../components/ChartPanel';
import type { Column } from '../../components/DataTable';
import { formatDay, formatNumber, formatPercent, formatWeekLabel } from '../../lib/format';
import { seriesColours } from '../../lib/palette';
import { mondayOf, type Period } from '../../lib/period';

type Week = OverviewTakeUpTrendQuery['adoption'][number];
type Campaign = OverviewTakeUpTrendQuery['campaigns']['nodes'][number];

/** The take-up campaign whose target and waves the chart shows: the newest open one, else the newest. */
export function takeUpCampaign(campaigns: readonly Campaign[]): Campaign | undefined {
  const takeUp = campaigns.filter((campaign) => campaign.goalMetric === 'DIGITAL_TAKE_UP');
  return takeUp.find((campaign) => campaign.status === 'OPEN') ?? takeUp[0];
}

export function TakeUpChart({ data, selected }: { data: OverviewTakeUpTrendQuery; selected: Period }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const weeks = data.adoption;
  const campaign = takeUpCampaign(data.campaigns.nodes);

  const option = useMemo(() => {
    const categories = weeks.map((week) => week.periodStart);
    const waves = (campaign?.waves ?? []).filter((wave) => categories.includes(mondayOf(wave.startsOn)));
    const selectedStart = categories.find((day) => day >= selected.from);
    const selectedEnd = [...categories].reverse().find((day) => day < selected.to);
    return {
      grid: { left: 56, right: 64, top: 48, bottom: 48 },
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0, data: [t('chart.takeUp'), t('chart.completed')] },
      xAxis: {
        type: 'category', data: categories, name: t('chart.week'), nameLocation: 'middle', nameGap: 30,
        axisLabel: { formatter: (day: string) => formatWeekLabel(day, language) },
      },
      yAxis: [
        { type: 'value', min: 0, max: 1, name: t('chart.takeUp'), axisLabel: { formatter: (value: number) => formatPercent(value, language).replace(',0', '') } },
        { type: 'value', name: t('chart.completed'), splitLine: { show: false }, axisLabel: { formatter: (value: number) => formatNumber(value, language) } },
      ],
      series: [
        {
          name: t('chart.completed'), type: 'bar', yAxisIndex: 1, data: weeks.map((week) => week.completed),
          itemStyle: { color: seriesColours.volume, opacity: 0.5 }, barCategoryGap: '30%', z: 1,
          tooltip: { valueFormatter: (value: number) => formatNumber(value, language) },
        },
        {
          name: t('chart.takeUp'), type: 'line', yAxisIndex: 0, data: weeks.map((week) => week.digitalTakeUp),
          itemStyle: { color: seriesColours.takeUp }, lineStyle: { width: 3 }, symbol: 'circle', symbolSize: 6, z: 3,
          tooltip: { valueFormatter: (value: number | null) => formatPercent(value, language) },
          markLine: {
            symbol: 'none', silent: true,
            data: [
              ...waves.map((wave) => ({
                xAxis: mondayOf(wave.startsOn), name: wave.name,
                lineStyle: { color: seriesColours.wave, width: 2, type: 'solid' },
                label: { formatter: wave.name, position: 'insideEndTop', color: '#333' },
              })),
              ...(campaign ? [{
                yAxis: campaign.target, name: t('chart.target'),
                lineStyle: { color: seriesColours.target, width: 2, type: 'dashed' },
                label: { formatter: `${t('chart.target')} ${formatPercent(campaign.target, language)}`, position: 'insideStartTop', color: '#333' },
              }] : []),
            ],
          },
          markArea: selectedStart && selectedEnd ? {
            silent: true, itemStyle: { color: 'rgba(86,180,233,0.10)' },
            data: [[{ xAxis: selectedStart, name: t('chart.selected'), label: { color: '#333', position: 'insideBottom' } }, { xAxis: selectedEnd }]],
          } : undefined,
        },
      ],
    };
  }, [weeks, campaign, selected.from, selected.to, t, language]);

  const waveStarts = new Map((campaign?.waves ?? []).map((wave) => [mondayOf(wave.startsOn), wave.name]));
  const columns: Column<Week>[] = [
    { key: 'week', header: t('chart.week'), render: (week) => formatDay(week.periodStart, language), value: (week) => week.periodStart },
    { key: 'takeUp', header: t('chart.takeUp'), render: (week) => formatPercent(week.digitalTakeUp, language), value: (week) => week.digitalTakeUp, numeric: true },
    { key: 'digital', header: t('chart.digitalCompleted'), render: (week) => formatNumber(week.digitalCompleted, language), value: (week) => week.digitalCompleted, numeric: true },
    { key: 'completed', header: t('chart.completed'), render: (week) => formatNumber(week.completed, language), value: (week) => week.completed, numeric: true },
    { key: 'wave', header: t('chart.wave'), render: (week) => waveStarts.get(week.periodStart) ?? '', value: (week) => waveStarts.get(week.periodStart) ?? '' },
  ];

  const subtitle = campaign
    ? `${t('chart.takeUpSubtitle')} (${campaign.name}: ${t('chart.target')} ${formatPercent(campaign.target, language)})`
    : t('chart.takeUpSubtitle');

  return (
    <ChartPanel title={t('chart.takeUpTitle')} subtitle={subtitle} testId="chart-takeup" fileName="penggunaan-digital-per-minggu"
      option={option} height={400} columns={columns} rows={weeks} rowKey={(week) => week.periodStart} />
  );
}
