import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';

// Only what the console draws; this module is loaded lazily, so ECharts stays out of the initial route's JS.
echarts.use([
  BarChart, HeatmapChart, LineChart, AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent,
  TooltipComponent, VisualMapComponent, CanvasRenderer,
]);

export interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  label: string;
  onReady?: (chart: EChartsType) => void;
}

export default function EChart({ option, height, label, onReady }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const instance = echarts.init(element.current!, undefined, { renderer: 'canvas' });
    chart.current = instance;
    onReady?.(instance);
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current!);
    return () => { observer.disconnect(); instance.dispose(); chart.current = null; };
    // The instance lives as long as the element; options change below.
  }, [onReady]);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true, decal: { show: true } }, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={element} className="echart" style={{ height }} role="img" aria-label={label} />;
}
