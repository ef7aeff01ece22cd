import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/ChartPanel';
import type { Column } from '../../components/DataTable';
import { formatMonth, formatNumber, formatPercent } from '../../lib/format';
import { takeUpScale } from '../../lib/palette';
import { heatCell as cell } from '../../lib/heat';
import { useNarrow } from '../../lib/useNarrow';
import type { RetentionRow } from './retention';

// Cohorts top to bottom (oldest first), months since first use left to right; every cell labelled with its share.
export function RetentionHeatMap({ rows, offsets }: { rows: RetentionRow[]; offsets: number[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const narrow = useNarrow();

  const option = useMemo(() => {
    const cohorts = rows.map((row) => row.cohort).reverse();
    const data = rows.flatMap((row) => row.rates.flatMap((rate, offset) =>
      (rate === null ? [] : [cell([offset, row.cohort, rate, row.active[offset] ?? 0, row.size], rate)])));
    return {
      aria: { enabled: true, decal: { show: false } },
      grid: { left: 110, right: narrow ? 8 : 24, top: 16, bottom: 96 },
      tooltip: {
        formatter: (item: { value: [number, string, number, number, number] }) => {
          const [offset, cohort, rate, active, size] = item.value;
          return `${t('citizens.cohort')} ${formatMonth(cohort, language)} · ${t('citizens.monthOffset', { offset })}<br/>`
            + `<b>${formatPercent(rate, language)}</b> (${formatNumber(active, language)} / ${formatNumber(size, language)})`;
        },
      },
      xAxis: { type: 'category', data: offsets.map(String), name: t('citizens.monthsAfter'), nameLocation: 'middle', nameGap: 28 },
      yAxis: {
        type: 'category', data: cohorts,
        axisLabel: { formatter: (cohort: string) => `${formatMonth(cohort, language)} (${formatNumber(rows.find((row) => row.cohort === cohort)?.size, language)})` },
      },
      visualMap: {
        dimension: 2, min: 0, max: 1, orient: 'horizontal', left: 'center', bottom: 8, itemWidth: 12,
        inRange: { color: takeUpScale }, text: ['100 %', '0 %'],
      },
      series: [{
        type: 'heatmap', data, encode: { x: 0, y: 1, value: 2 },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        label: {
          show: !narrow || offsets.length <= 4, fontSize: 10, color: '#000', textBorderColor: '#fff', textBorderWidth: 2,
          formatter: (item: { value: [number, string, number] }) => formatPercent(item.value[2], language),
        },
        emphasis: { itemStyle: { borderColor: '#000', borderWidth: 2 } },
      }],
    };
  }, [rows, offsets, narrow, t, language]);

  const columns: Column<RetentionRow>[] = [
    { key: 'cohort', header: t('citizens.cohort'), render: (row) => formatMonth(row.cohort, language), value: (row) => row.cohort },
    { key: 'size', header: t('citizens.size'), numeric: true, render: (row) => formatNumber(row.size, language), value: (row) => row.size },
    ...offsets.map((offset): Column<RetentionRow> => ({
      key: `m${offset}`, header: t('citizens.monthOffset', { offset }), numeric: true,
      render: (row) => (row.rates[offset] === null ? '' : formatPercent(row.rates[offset], language)),
      value: (row) => row.rates[offset],
    })),
  ];

  return (
    <ChartPanel title={t('citizens.retentionTitle')} subtitle={t('citizens.retentionSubtitle')} testId="chart-retention" fileName="retensi-kohort"
      option={option} height={rows.length * 28 + 140} columns={columns} rows={rows} rowKey={(row) => row.cohort} />
  );
}
