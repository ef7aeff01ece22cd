import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/ChartPanel';
import type { Column } from '../../components/DataTable';
import type { CitizensLifecycleQuery, Granularity } from '../../gql/graphql';
import { formatDay, formatMonth, formatNumber, formatWeekLabel } from '../../lib/format';
import { lifecycleColours } from '../../lib/palette';

type Point = CitizensLifecycleQuery['lifecycle'][number];
const KINDS = ['new', 'returning', 'resurrecting', 'dormant'] as const;

const net = (point: Point) => Number(point.new) + Number(point.resurrecting) - Number(point.dormant);

// Growth accounting: those who came (new, resurrected) and stayed (returning) above zero, those who left below.
export function LifecycleChart({ points, granularity }: { points: readonly Point[]; granularity: Granularity }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const label = (day: string) => (granularity === 'MONTH' ? formatMonth(day, language) : formatWeekLabel(day, language));

  const option = useMemo(() => ({
    grid: { left: 56, right: 24, top: 48, bottom: 48 },
    tooltip: { trigger: 'axis', valueFormatter: (value: number) => formatNumber(Math.abs(value), language) },
    legend: { type: 'scroll', top: 0 },
    xAxis: {
      type: 'category', data: points.map((point) => point.periodStart), name: t('citizens.period'), nameLocation: 'middle', nameGap: 30,
      axisLabel: { formatter: label },
    },
    yAxis: { type: 'value', name: t('citizens.citizens'), axisLabel: { formatter: (value: number) => formatNumber(Math.abs(value), language) } },
    series: KINDS.map((kind) => ({
      name: t(`citizens.${kind}`), type: 'bar', stack: kind === 'dormant' ? 'left' : 'came',
      data: points.map((point) => (kind === 'dormant' ? -Number(point.dormant) : Number(point[kind]))),
      itemStyle: { color: lifecycleColours[kind] },
    })),
  }), [points, granularity, t, language]);

  const columns: Column<Point>[] = [
    { key: 'period', header: t('citizens.period'), render: (point) => (granularity === 'MONTH' ? formatMonth(point.periodStart, language) : formatDay(point.periodStart, language)), value: (point) => point.periodStart },
    ...KINDS.map((kind): Column<Point> => ({
      key: kind, header: t(`citizens.${kind}`), numeric: true, render: (point) => formatNumber(point[kind], language), value: (point) => point[kind],
    })),
    { key: 'net', header: t('citizens.net'), numeric: true, render: (point) => formatNumber(net(point), language).replace(/^(?=\d)(?!0$)/, '+'), value: net },
  ];

  return (
    <ChartPanel title={t('citizens.lifecycleTitle')} subtitle={t('citizens.lifecycleSubtitle')} testId="chart-lifecycle" fileName="siklus-warga"
      option={option} height={360} columns={columns} rows={[...points]} rowKey={(point) => point.periodStart} />
  );
}
