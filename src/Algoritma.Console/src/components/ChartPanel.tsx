import { Suspense, lazy, useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { downloadUrl } from '../lib/download';
import { DataTable, type Column } from './DataTable';
import { Loading } from './States';

const EChart = lazy(() => import('./EChart'));

export interface ChartPanelProps<Row> {
  title: string;
  subtitle?: string;
  testId: string;
  fileName: string;
  option: EChartsCoreOption;
  height?: number;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
}

// A chart with its title, a table view of the same numbers (screen readers, CSV) and a PNG download.
export function ChartPanel<Row>({ title, subtitle, testId, fileName, option, height = 360, columns, rows, rowKey }: ChartPanelProps<Row>) {
  const { t } = useTranslation();
  const headingId = useId();
  const chart = useRef<EChartsType | null>(null);
  const [showTable, setShowTable] = useState(false);
  const onReady = useCallback((instance: EChartsType) => { chart.current = instance; }, []);

  const downloadPng = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    if (url) downloadUrl(`${fileName}.png`, url);
  };

  return (
    <section className="panel" data-testid={testId} aria-labelledby={headingId}>
      <header className="panel-header">
        <div>
          <h2 id={headingId}>{title}</h2>
          {subtitle && <p className="panel-subtitle">{subtitle}</p>}
        </div>
        <div className="panel-tools">
          <button type="button" className="button" aria-pressed={showTable} data-testid={`${testId}-table-toggle`}
            onClick={() => setShowTable((shown) => !shown)}>
            {showTable ? t('chart.hideTable') : t('chart.table')}
          </button>
          <button type="button" className="button" data-testid={`${testId}-png`} onClick={downloadPng}>{t('chart.png')}</button>
        </div>
      </header>
      <Suspense fallback={<Loading />}>
        <EChart option={option} height={height} label={`${title}. ${subtitle ?? ''}`} onReady={onReady} />
      </Suspense>
      {showTable && (
        <DataTable caption={title} columns={columns} rows={rows} rowKey={rowKey} fileName={`${fileName}.csv`} testId={`${testId}-table`} />
      )}
    </section>
  );
}
