import { type ChartOption, chartNumber, formatDecimal, formatTenThousands } from '@jiguan/kit';
import type { AssetsFigures } from './period-assets-query';

type Translate = (key: string, named?: Record<string, unknown>) => string;

/*
 * The overview's charts, built from the figures exactly as the server computed them: bars are
 * drawn from the decimals, and every label shows the server's own text, never a recomputed value.
 */

const palette = ['#2f6fb5', '#3ba272', '#fac858', '#ee6666', '#73c0de', '#9a60b4'];

function bars(categories: string[], values: string[], labels: string[], name: string): ChartOption {
  return {
    color: palette,
    tooltip: { trigger: 'item', formatter: (params) => `${(params as { name: string }).name}<br/>${labels[(params as { dataIndex: number }).dataIndex] ?? ''}` },
    grid: { left: 16, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: categories, axisTick: { show: false } },
    yAxis: { type: 'value', name },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        colorBy: 'data',
        data: values.map(chartNumber),
        label: { show: true, position: 'top', formatter: (params) => labels[params.dataIndex] ?? '' },
      },
    ],
  };
}

/** A5, A7 and A8: what reallocation saved, in 万元. */
export function warehouseSavingsChart(figures: AssetsFigures, t: Translate): ChartOption {
  const values = [figures.virtualWarehouse.savings, figures.physicalWarehouse.savings, figures.warehouseSavings];
  return bars(
    [t('assets.overview.chart.virtualWarehouse'), t('assets.overview.chart.physicalWarehouse'), t('assets.overview.chart.total')],
    values.map((value) => formatTenThousands(value)),
    values.map((value) => t('assets.unit.tenThousandYuanValue', { value: formatTenThousands(value) })),
    t('assets.unit.tenThousandYuan'),
  );
}

/** A5–A7 in pieces: what went into the warehouses and what came out. */
export function warehouseFlowChart(figures: AssetsFigures, t: Translate): ChartOption {
  const { virtualWarehouse: virtual, physicalWarehouse: physical } = figures;
  const categories = [t('assets.overview.chart.virtualWarehouse'), t('assets.overview.chart.physicalWarehouse')];
  const series = (name: string, data: number[]) => ({
    type: 'bar' as const,
    name,
    barMaxWidth: 36,
    data,
    label: { show: true, position: 'top' as const },
  });
  return {
    color: palette,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: categories, axisTick: { show: false } },
    yAxis: { type: 'value', name: t('assets.unit.pieces') },
    series: [
      series(t('assets.overview.chart.piecesIn'), [virtual.itemsListed, physical.itemsIn]),
      series(t('assets.overview.chart.piecesOut'), [virtual.itemsReallocated, physical.itemsOut]),
      series(t('assets.overview.chart.piecesReallocated'), [virtual.itemsReallocated, physical.reallocatedItems]),
    ],
  };
}

/** A10: disposals approved in the year, records and original value. */
export function disposalsChart(figures: AssetsFigures, t: Translate): ChartOption {
  const { disposals } = figures;
  const categories = [t('assets.overview.chart.properties'), t('assets.overview.chart.vehicles')];
  const values = [disposals.propertyValue, disposals.vehicleValue];
  return {
    color: palette,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: categories, axisTick: { show: false } },
    yAxis: [
      { type: 'value', name: t('assets.unit.records') },
      { type: 'value', name: t('assets.unit.tenThousandYuan'), splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: t('assets.overview.chart.disposalRecords'),
        barMaxWidth: 36,
        data: [disposals.propertyRecords, disposals.vehicles],
        label: { show: true, position: 'top' },
      },
      {
        type: 'bar',
        name: t('assets.overview.chart.disposalValue'),
        yAxisIndex: 1,
        barMaxWidth: 36,
        data: values.map((value) => chartNumber(formatTenThousands(value))),
        label: { show: true, position: 'top', formatter: (params) => formatTenThousands(values[params.dataIndex] ?? '0') },
      },
    ],
  };
}

/** A11: the new-energy share of the vehicles approved for purchase, as the server computed it. */
export function newEnergyShareChart(figures: AssetsFigures, t: Translate): ChartOption {
  const share = figures.newEnergyPurchaseShare;
  return {
    color: ['#3ba272'],
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 100,
        radius: '88%',
        center: ['50%', '58%'],
        progress: { show: true, width: 16 },
        axisLine: { lineStyle: { width: 16 } },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: false },
        detail: { valueAnimation: false, fontSize: 28, offsetCenter: [0, '-5%'], formatter: () => (share === null ? t('assets.common.empty') : `${share}%`) },
        title: { offsetCenter: [0, '35%'], fontSize: 13, color: '#606266' },
        data: [
          {
            value: share === null ? 0 : chartNumber(share),
            name: t('assets.overview.chart.newEnergyOf', { newEnergy: figures.vehiclePurchases.newEnergy, approved: figures.vehiclePurchases.approved }),
          },
        ],
      },
    ],
  };
}

/** A2, A3 and A12: areas surveyed, re-surveyed and of rented space given up, in m². */
export function areasChart(figures: AssetsFigures, t: Translate): ChartOption {
  const values = [figures.surveys.twoSurveysOneAssessmentArea, figures.surveys.landResurveyArea, figures.rentedAreaGivenUp];
  return bars(
    [t('assets.overview.chart.twoSurveysOneAssessment'), t('assets.overview.chart.landResurvey'), t('assets.overview.chart.rentedAreaGivenUp')],
    values,
    values.map((value) => t('assets.unit.squareMetresValue', { value: formatDecimal(value) })),
    t('assets.unit.squareMetres'),
  );
}
