import { type ChartOption, chartNumber, formatDecimal, formatTenThousands } from '@jiguan/kit';
import { Sitting } from '../../../generated/graphql';
import { kilogramsAsTonnes } from '../decimal-arithmetic';
import { type dinersByDay, type PurchaseComparison, type SampledDay, WASTE_COEFFICIENT_LINE } from './canteen-series';

type Translate = (key: string, named?: Record<string, unknown>) => string;

/*
 * The dashboard's charts (bars: the kit's EChart registers bar, pie and gauge charts only). Bars
 * are drawn from the exact values with `chartNumber`; labels and tooltips show the exact text.
 */

const palette = ['#2f6fb5', '#3ba272', '#fac858', '#ee6666', '#73c0de', '#9a60b4'];
const lineColour = '#d9363e';
const gridColour = '#e4e7ed';
const grid = { left: 16, right: 24, top: 48, bottom: 8, containLabel: true };
/** `2024-03-05` → `03-05` on a day axis (the year is the range's). */
const dayLabel = (day: string) => day.slice(5);
/** `2024-03` → 3月 on a month axis (twelve labels fit where `2024-03` would be thinned out). */
const monthLabel = (month: string, t: Translate) => t('services.canteens.chart.month', { month: Number(month.slice(5)) });
const tooltipParams = (params: unknown) => (Array.isArray(params) ? params : [params]) as Array<{ dataIndex: number; seriesName: string; marker: string; value: unknown }>;

/** Diners of each day, the sittings stacked (their sum is the bar). */
export function dinersChart(diners: ReturnType<typeof dinersByDay>, t: Translate): ChartOption {
  return {
    color: palette,
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const lines = tooltipParams(params);
        const index = lines[0]?.dataIndex ?? 0;
        const sittings = lines.map((line) => `${line.marker}${line.seriesName} ${formatDecimal(String(line.value))}`);
        return [diners.days[index], ...sittings, t('services.canteens.chart.dinersTotal', { count: formatDecimal(String(diners.totals[index] ?? 0)) })].join('<br/>');
      },
    },
    legend: { top: 0 },
    grid,
    xAxis: { type: 'category', data: diners.days.map(dayLabel), axisTick: { show: false } },
    yAxis: { type: 'value', name: t('services.canteens.unit.diners') },
    series: Object.values(Sitting).map((sitting) => ({
      type: 'bar' as const,
      name: t(`services.enum.Sitting.${sitting}`),
      stack: 'diners',
      barMaxWidth: 24,
      data: diners.sittings[sitting],
    })),
  };
}

/**
 * The waste coefficient of each sampled day, green below the 0.2 line and red at or above it; the
 * line itself is the axis's split line at 0.2, drawn red (the kit's ECharts has no markLine).
 */
export function wasteChart(days: readonly SampledDay[], t: Translate): ChartOption {
  const step = 0.05;
  const highest = Math.max(WASTE_COEFFICIENT_LINE + 2 * step, ...days.map((day) => day.coefficient));
  const ticks = Math.ceil(highest / step - 1e-9);
  const lineTick = Math.round(WASTE_COEFFICIENT_LINE / step);
  const isLine = (value: number) => Math.abs(value - WASTE_COEFFICIENT_LINE) < 1e-9;
  const series = (name: string, below: boolean, colour: string) => ({
    type: 'bar' as const,
    name,
    stack: 'coefficient',
    barMaxWidth: 24,
    itemStyle: { color: colour },
    data: days.map((day) => (day.belowLine === below ? day.coefficient : '-')),
  });
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const day = days[tooltipParams(params)[0]?.dataIndex ?? 0];
        if (!day) return '';
        return [day.day, t('services.canteens.chart.wasteTooltip', { coefficient: day.coefficient.toFixed(4), leftover: formatDecimal(String(day.leftoverGrams)), served: formatDecimal(String(day.servedGrams)) })].join('<br/>');
      },
    },
    legend: { top: 0 },
    grid,
    xAxis: { type: 'category', data: days.map((day) => dayLabel(day.day)), axisTick: { show: false } },
    yAxis: {
      type: 'value',
      name: t('services.canteens.chart.coefficient'),
      min: 0,
      max: ticks * step,
      interval: step,
      axisLabel: {
        formatter: (value: number) => (isLine(value) ? t('services.canteens.chart.line', { line: WASTE_COEFFICIENT_LINE }) : value.toFixed(2)),
        color: (value?: string | number) => (isLine(Number(value)) ? lineColour : '#606266'),
        fontWeight: 'normal',
      },
      splitLine: { lineStyle: { color: Array.from({ length: ticks + 1 }, (_, tick) => (tick === lineTick ? lineColour : gridColour)), width: 1.5 } },
    },
    series: [series(t('services.canteens.chart.belowLine'), true, '#3ba272'), series(t('services.canteens.chart.atOrAboveLine'), false, '#ee6666')],
  };
}

/** Kitchen waste of each month, drawn in tonnes; the tooltip gives the kilograms. */
export function kitchenWasteChart(months: readonly string[], kilograms: readonly string[], t: Translate): ChartOption {
  const tonnes = kilograms.map((value) => kilogramsAsTonnes(value));
  return {
    color: ['#73c0de'],
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const index = tooltipParams(params)[0]?.dataIndex ?? 0;
        return `${months[index]}<br/>${t('services.canteens.unit.kilogramsValue', { value: formatDecimal(kilograms[index] ?? '0') })}`;
      },
    },
    grid,
    xAxis: { type: 'category', data: months.map((month) => monthLabel(month, t)), axisTick: { show: false } },
    yAxis: { type: 'value', name: t('services.canteens.unit.tonnes') },
    series: [{ type: 'bar', name: t('services.canteens.chart.kitchenWaste'), barMaxWidth: 36, data: tonnes.map(chartNumber), label: { show: true, position: 'top', formatter: (params) => tonnes[params.dataIndex] ?? '' } }],
  };
}

/** Purchases of each month beside the same month a year before, in 万元; the tooltip gives the yuan. */
export function purchasesChart(months: readonly string[], comparison: PurchaseComparison, years: { current: string; previous: string }, t: Translate): ChartOption {
  const series = (name: string, values: readonly string[]) => ({
    type: 'bar' as const,
    name,
    barMaxWidth: 20,
    data: values.map((value) => chartNumber(formatTenThousands(value))),
  });
  return {
    color: ['#2f6fb5', '#c0c4cc'],
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const index = tooltipParams(params)[0]?.dataIndex ?? 0;
        const line = (name: string, values: readonly string[]) => `${name} ${t('services.canteens.unit.yuanValue', { value: formatDecimal(values[index] ?? '0.00') })}`;
        return [months[index]?.slice(5), line(years.current, comparison.current), line(years.previous, comparison.previous)].join('<br/>');
      },
    },
    legend: { top: 0 },
    grid,
    xAxis: { type: 'category', data: months.map((month) => monthLabel(month, t)), axisTick: { show: false } },
    yAxis: { type: 'value', name: t('services.canteens.unit.tenThousandYuan') },
    series: [series(years.current, comparison.current), series(years.previous, comparison.previous)],
  };
}
