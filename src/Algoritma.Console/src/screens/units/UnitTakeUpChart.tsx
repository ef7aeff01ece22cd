import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/ChartPanel';
import type { Column } from '../../components/DataTable';
import { formatDay, formatNumber, formatPercent, formatWeekLabel } from '../../lib/format';
import { seriesColours } from '../../lib/palette';

export interface UnitWeek { periodStart: string; completed: number; digitalCompleted: number; digitalTakeUp?: number | null }

export function UnitTakeUpChart({ name, code, weeks }: { name: string; code: string; weeks: readonly UnitWeek[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;

  const option = useMemo(() => ({
    grid: { left: 56, right: 64, top: 48, bottom: 48 },
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0, data: [t('chart.takeUp'), t('chart.completed')] },
    xAxis: {
      type: 'category', data: weeks.map((week) => week.periodStart), name: t('chart.week'), nameLocation: 'middle', nameGap: 30,
      axisLabel: { formatter: (day: string) => formatWeekLabel(day, language) },
    },
    yAxis: [
      { type: 'value', min: 0, max: 1, name: t('chart.takeUp'), axisLabel: { formatter: (value: number) => formatPercent(value, language).replace(',0', '') } },
      { type: 'value', name: t('chart.completed'), splitLine: { show: false }, axisLabel: { formatter: (value: number) => formatNumber(value, language) } },
    ],
    series: [
      {
        name: t('chart.completed'), type: 'bar', yAxisIndex: 1, data: weeks.map((week) => week.completed),
        itemStyle: { color: seriesColours.volume, opacity: 0.5 }, z: 1, tooltip: { valueFormatter: (value: number) => formatNumber(value, language) },
      },
      {
        name: t('chart.takeUp'), type: 'line', yAxisIndex: 0, data: weeks.map((week) => week.digitalTakeUp ?? null), connectNulls: false,
        itemStyle: { color: seriesColours.takeUp }, lineStyle: { width: 3 }, symbol: 'circle', symbolSize: 6, z: 3,
        tooltip: { valueFormatter: (value: number | null) => formatPercent(value, language) },
      },
    ],
  }), [weeks, t, language]);

  const columns: Column<UnitWeek>[] = [
    { key: 'week', header: t('chart.week'), render: (week) => formatDay(week.periodStart, language), value: (week) => week.periodStart },
    { key: 'takeUp', header: t('chart.takeUp'), numeric: true, render: (week) => formatPercent(week.digitalTakeUp, language), value: (week) => week.digitalTakeUp },
    { key: 'digital', header: t('chart.digitalCompleted'), numeric: true, render: (week) => formatNumber(week.digitalCompleted, language), value: (week) => week.digitalCompleted },
    { key: 'completed', header: t('chart.completed'), numeric: true, render: (week) => formatNumber(week.completed, language), value: (week) => week.completed },
  ];

  return (
    <ChartPanel title={t('units.seriesTitle', { name })} subtitle={t('units.seriesSubtitle')} testId="chart-unit-takeup"
      fileName={`penggunaan-digital-${code}`} option={option} height={340} columns={columns} rows={[...weeks]} rowKey={(week) => week.periodStart} />
  );
}
