import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/ChartPanel';
import type { Column } from '../../components/DataTable';
import { formatNumber } from '../../lib/format';
import { seriesColours } from '../../lib/palette';
import { converted, gradeOf } from './grades';

interface Element { code: string; name: string; nrr: number; score: number; grade: string }

// The nine elements U1–U9, each converted to 25–100 and graded (the letter is on the bar: never colour alone).
export function ElementChart({ elementNrr }: { elementNrr: readonly number[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const elements: Element[] = elementNrr.map((nrr, index) => {
    const code = `U${index + 1}`;
    return { code, name: t(`satisfaction.${code}`), nrr, score: converted(nrr), grade: gradeOf(converted(nrr)) };
  });

  const option = useMemo(() => ({
    grid: { left: 8, right: 80, top: 24, bottom: 32, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (value: number) => formatNumber(value, language, 2) },
    xAxis: { type: 'value', min: 25, max: 100, name: t('satisfaction.converted'), nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'category', inverse: true, data: elements.map((element) => `${element.code} ${element.name}`), axisLabel: { width: 240, overflow: 'truncate' } },
    series: [{
      type: 'bar', name: t('satisfaction.converted'), data: elements.map((element) => element.score), itemStyle: { color: seriesColours.takeUp },
      label: { show: true, position: 'right', formatter: ({ dataIndex }: { dataIndex: number }) => `${formatNumber(elements[dataIndex]?.score, language, 2)} (${elements[dataIndex]?.grade})` },
    }],
  }), [elementNrr, t, language]); // elements derive from elementNrr

  const columns: Column<Element>[] = [
    { key: 'code', header: t('satisfaction.code'), render: (element) => element.code, value: (element) => element.code },
    { key: 'name', header: t('satisfaction.element'), render: (element) => element.name, value: (element) => element.name },
    { key: 'nrr', header: t('satisfaction.nrr'), numeric: true, render: (element) => formatNumber(element.nrr, language, 3), value: (element) => element.nrr },
    { key: 'score', header: t('satisfaction.converted'), numeric: true, render: (element) => formatNumber(element.score, language, 2), value: (element) => element.score },
    { key: 'grade', header: t('satisfaction.grade'), render: (element) => t(`satisfaction.grade_${element.grade}`), value: (element) => element.grade },
  ];

  return (
    <ChartPanel title={t('satisfaction.elementsTitle')} subtitle={t('satisfaction.elementsSubtitle')} testId="chart-ikm-elements"
      fileName="ikm-per-unsur" option={option} height={380} columns={columns} rows={elements} rowKey={(element) => element.code} />
  );
}
