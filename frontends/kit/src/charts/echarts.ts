import { BarChart, type BarSeriesOption, GaugeChart, type GaugeSeriesOption, PieChart, type PieSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the chart types and parts the pages use, so the bundle carries no more of ECharts.
use([BarChart, PieChart, GaugeChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** The options a chart may take: the chart types and parts registered above. */
export type ChartOption = ComposeOption<
  BarSeriesOption | PieSeriesOption | GaugeSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export { init as initChart };
