import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewChannelMixQuery } from '../../gql/graphql';
import { ChartPanel } from '../../components/ChartPanel';
import type { Column } from '../../components/DataTable';
import { formatDay, formatNumber, formatPercent, formatWeekLabel } from '../../lib/format';
import { channelColours, channels, type Channel } from '../../lib/palette';

type Week = OverviewChannelMixQuery['adoption'][number];

function completedBy(week: Week, channel: Channel): number {
  return Number(week.processingTimes?.find((time) => time.channel === channel)?.completed ?? 0);
}

export interface ChannelMixChartProps {
  data: OverviewChannelMixQuery;
  /** Another scope's chart (e.g. a unit's page) names itself; the overview's defaults otherwise. */
  title?: string;
  testId?: string;
  fileName?: string;
}

export function ChannelMixChart({ data, title, testId = 'chart-channel-mix', fileName = 'bauran-kanal-per-minggu' }: ChannelMixChartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const weeks = data.adoption;

  const option = useMemo(() => ({
    grid: { left: 56, right: 24, top: 48, bottom: 48 },
    tooltip: { trigger: 'axis', valueFormatter: (value: number) => formatNumber(value, language) },
    legend: { type: 'scroll', top: 0 },
    xAxis: {
      type: 'category', data: weeks.map((week) => week.periodStart), name: t('chart.week'), nameLocation: 'middle', nameGap: 30,
      axisLabel: { formatter: (day: string) => formatWeekLabel(day, language) },
    },
    yAxis: { type: 'value', name: t('chart.completed'), axisLabel: { formatter: (value: number) => formatNumber(value, language) } },
    series: channels.map((channel) => ({
      name: t(`channel.${channel}`), type: 'bar', stack: 'channels', data: weeks.map((week) => completedBy(week, channel)),
      itemStyle: { color: channelColours[channel] },
    })),
  }), [weeks, t, language]);

  const share = (week: Week, channel: Channel) => (week.completed > 0 ? completedBy(week, channel) / week.completed : null);
  const columns: Column<Week>[] = [
    { key: 'week', header: t('chart.week'), render: (week) => formatDay(week.periodStart, language), value: (week) => week.periodStart },
    ...channels.map((channel): Column<Week> => ({
      key: channel, header: t(`channel.${channel}`), numeric: true,
      render: (week) => `${formatNumber(completedBy(week, channel), language)} (${formatPercent(share(week, channel), language)})`,
      value: (week) => completedBy(week, channel),
    })),
    { key: 'completed', header: t('chart.completed'), render: (week) => formatNumber(week.completed, language), value: (week) => week.completed, numeric: true },
  ];

  return (
    <ChartPanel title={title ?? t('chart.mixTitle')} subtitle={t('chart.mixSubtitle')} testId={testId} fileName={fileName}
      option={option} height={340} columns={columns} rows={weeks} rowKey={(week) => week.periodStart} />
  );
}
