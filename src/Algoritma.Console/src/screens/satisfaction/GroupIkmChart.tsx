import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/ChartPanel';
import type { Column } from '../../components/DataTable';
import { Empty, ErrorState, Loading } from '../../components/States';
import { formatNumber } from '../../lib/format';
import { seriesColours } from '../../lib/palette';
import type { GroupIkm } from './useSatisfactionEach';

export interface GroupIkmChartProps {
  title: string;
  subtitle: string;
  testId: string;
  fileName: string;
  groupHeader: string;
  rows?: GroupIkm[];
  error?: string;
  onRetry: () => void;
}

// IKM of each group (kecamatan, service or quarter) with its grade; groups nobody rated show "—".
export function GroupIkmChart({ title, subtitle, testId, fileName, groupHeader, rows, error, onRetry }: GroupIkmChartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;

  const option = useMemo(() => ({
    grid: { left: 8, right: 80, top: 24, bottom: 32, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (value: number | null) => formatNumber(value, language, 2) },
    xAxis: { type: 'value', min: 25, max: 100, name: t('satisfaction.value'), nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'category', inverse: true, data: (rows ?? []).map((row) => row.label), axisLabel: { width: 200, overflow: 'truncate' } },
    series: [{
      type: 'bar', name: t('satisfaction.value'), data: (rows ?? []).map((row) => row.ikm?.value ?? null), itemStyle: { color: seriesColours.takeUp },
      label: {
        show: true, position: 'right',
        formatter: ({ dataIndex }: { dataIndex: number }) => {
          const ikm = rows?.[dataIndex]?.ikm;
          return ikm ? `${formatNumber(ikm.value, language, 2)} (${ikm.grade})` : '—';
        },
      },
    }],
  }), [rows, t, language]);

  if (error) return <ErrorState detail={error} onRetry={onRetry} />;
  if (!rows) return <Loading />;
  if (rows.length === 0) return <Empty />;

  const columns: Column<GroupIkm>[] = [
    { key: 'group', header: groupHeader, render: (row) => row.label, value: (row) => row.label },
    { key: 'value', header: t('satisfaction.value'), numeric: true, render: (row) => formatNumber(row.ikm?.value, language, 2), value: (row) => row.ikm?.value },
    { key: 'grade', header: t('satisfaction.grade'), render: (row) => (row.ikm ? t(`satisfaction.grade_${row.ikm.grade}`) : '—'), value: (row) => row.ikm?.grade },
    { key: 'responses', header: t('satisfaction.responses'), numeric: true, render: (row) => formatNumber(row.ikm?.responses ?? 0, language), value: (row) => row.ikm?.responses ?? 0 },
  ];

  return (
    <ChartPanel title={title} subtitle={subtitle} testId={testId} fileName={fileName} option={option}
      height={Math.max(200, 40 + rows.length * 32)} columns={columns} rows={rows} rowKey={(row) => row.key} />
  );
}
