import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ChartPanel } from '../../components/ChartPanel';
import type { Column } from '../../components/DataTable';
import { formatDay, formatNumber, formatPercent, formatWeekLabel } from '../../lib/format';
import { heatCell } from '../../lib/heat';
import { takeUpScale } from '../../lib/palette';
import { useNarrow } from '../../lib/useNarrow';
import type { HeatRow } from './heatmap';

const ROW_HEIGHT = 18;

// Rows run top to bottom in the kecamatan order; a kecamatan's own row is bold, its kelurahan indented.
export function TakeUpHeatMap({ rows, weeks, capped }: { rows: HeatRow[]; weeks: string[]; capped: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { search } = useLocation();
  const narrow = useNarrow();
  const labelled = weeks.length <= 13 && !narrow;

  const option = useMemo(() => {
    const categories = rows.map((row) => row.code).reverse();
    const byCode = new Map(rows.map((row) => [row.code, row]));
    const data = rows.flatMap((row) => weeks.flatMap((week, x) => {
      const cell = row.cells.get(week);
      return cell && cell.digitalTakeUp !== null && cell.digitalTakeUp !== undefined
        ? [heatCell([x, row.code, Number(cell.digitalTakeUp), cell.digitalCompleted, cell.completed], Number(cell.digitalTakeUp))] : [];
    }));
    return {
      aria: { enabled: true, decal: { show: false } },
      grid: { left: narrow ? 112 : 200, right: narrow ? 8 : 24, top: 24, bottom: 96 },
      tooltip: {
        formatter: (item: { value: [number, string, number, number, number] }) => {
          const [x, code, takeUp, digital, completed] = item.value;
          const row = byCode.get(code);
          return `${row?.name ?? code}<br/>${weeks[x] ? formatDay(weeks[x], language) : ''}: <b>${formatPercent(takeUp, language)}</b>`
            + ` (${formatNumber(digital, language)} / ${formatNumber(completed, language)})`;
        },
      },
      xAxis: {
        type: 'category', data: weeks, name: t('chart.week'), nameLocation: 'middle', nameGap: 28, splitArea: { show: false },
        axisLabel: { formatter: (day: string) => formatWeekLabel(day, language) },
      },
      yAxis: {
        type: 'category', data: categories, axisLabel: {
          interval: 0, fontSize: narrow ? 10 : 11, width: narrow ? 104 : 190, overflow: 'truncate',
          formatter: (code: string) => {
            const row = byCode.get(code);
            return row?.isKecamatan ? `{kecamatan|${row.name}}` : `  ${row?.name ?? code}`;
          },
          rich: { kecamatan: { fontWeight: 'bold', fontSize: 11, color: '#222' } },
        },
      },
      visualMap: {
        dimension: 2, min: 0, max: 1, calculable: false, orient: 'horizontal', left: 'center', bottom: 8, itemWidth: 12,
        inRange: { color: takeUpScale },
        text: ['100 %', '0 %'], formatter: (value: number) => formatPercent(value, language),
      },
      series: [{
        type: 'heatmap', data, encode: { x: 0, y: 1, value: 2 },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        label: {
          show: labelled, fontSize: 10, color: '#000', textBorderColor: '#fff', textBorderWidth: 2,
          formatter: (item: { value: [number, string, number] }) => formatNumber(item.value[2] * 100, language),
        },
        emphasis: { itemStyle: { borderColor: '#000', borderWidth: 2 } },
      }],
    };
  }, [rows, weeks, labelled, narrow, t, language]);

  const columns: Column<HeatRow>[] = [
    { key: 'kecamatan', header: t('units.kecamatan'), render: (row) => row.kecamatanName, value: (row) => row.kecamatanName },
    { key: 'unit', header: t('units.unit'), render: (row) => row.name, cell: (row) => <Link to={{ pathname: encodeURIComponent(row.code), search }}>{row.name}</Link>, value: (row) => row.name },
    { key: 'code', header: t('units.code'), render: (row) => row.code, value: (row) => row.code },
    ...weeks.map((week): Column<HeatRow> => ({
      key: week, header: formatDay(week, language), numeric: true,
      render: (row) => formatPercent(row.cells.get(week)?.digitalTakeUp ?? null, language),
      value: (row) => row.cells.get(week)?.digitalTakeUp ?? null,
    })),
  ];

  const subtitle = capped ? `${t('units.heatSubtitle')} (${t('units.heatCapped', { count: weeks.length })})` : t('units.heatSubtitle');
  return (
    <ChartPanel title={t('units.heatTitle')} subtitle={subtitle} testId="chart-units-heatmap" fileName="penggunaan-digital-per-kelurahan"
      option={option} height={rows.length * ROW_HEIGHT + 140} columns={columns} rows={rows} rowKey={(row) => row.code} />
  );
}
