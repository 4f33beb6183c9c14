import { describe, expect, it } from 'vitest';
import { dinersChart, kitchenWasteChart, purchasesChart, wasteChart } from './canteen-charts';
import { comparePurchases, dinersByDay, wasteCoefficientByDay } from './canteen-series';

const t = (key: string, named?: Record<string, unknown>) => (named ? `${key} ${JSON.stringify(named)}` : key);
type Series = { name: string; data: unknown[]; stack?: string };
type Formatter = (params: unknown) => string;

describe('the canteen charts', () => {
  it('stacks the sittings of each day', () => {
    const option = dinersChart(dinersByDay([{ id: 'm', servedOn: '2024-03-04', sitting: 'LUNCH', diners: 475 }]), t);
    const series = option.series as Series[];
    expect(series.map((line) => [line.name, line.stack, line.data])).toEqual([
      ['services.enum.Sitting.BREAKFAST', 'diners', [0]],
      ['services.enum.Sitting.LUNCH', 'diners', [475]],
      ['services.enum.Sitting.DINNER', 'diners', [0]],
    ]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['03-04']);
  });

  it('draws the days below and above 0.2 apart, and the 0.2 split line in red', () => {
    const days = wasteCoefficientByDay([
      { id: 's1', sampledOn: '2024-03-04', servedGrams: 10_000, leftoverGrams: 1_234 },
      { id: 's2', sampledOn: '2024-03-05', servedGrams: 10_000, leftoverGrams: 2_600 },
    ]);
    const option = wasteChart(days, t);
    const [below, above] = option.series as Series[];
    expect(below?.data).toEqual([0.1234, '-']);
    expect(above?.data).toEqual(['-', 0.26]);
    const yAxis = option.yAxis as { max: number; interval: number; splitLine: { lineStyle: { color: string[] } }; axisLabel: { formatter: (value: number) => string } };
    expect(yAxis.max).toBeCloseTo(0.3);
    // ticks 0, 0.05, 0.10, 0.15, 0.20 (red), 0.25, 0.30
    expect(yAxis.splitLine.lineStyle.color.map((colour) => colour === '#d9363e')).toEqual([false, false, false, false, true, false, false]);
    expect(yAxis.axisLabel.formatter(0.2)).toBe('services.canteens.chart.line {"line":0.2}');
    expect((option.tooltip as { formatter: Formatter }).formatter([{ dataIndex: 1 }])).toContain('"coefficient":"0.2600"');
  });

  it('draws kitchen waste in tonnes and tells the kilograms', () => {
    const option = kitchenWasteChart(['2024-01', '2024-02'], ['10234.5', '0.0'], t);
    expect((option.series as Series[])[0]?.data).toEqual([10.23, 0]);
    expect((option.tooltip as { formatter: Formatter }).formatter([{ dataIndex: 0 }])).toBe('2024-01<br/>services.canteens.unit.kilogramsValue {"value":"10,234.5"}');
  });

  it('draws purchases in 万元 beside the year before and tells the exact yuan', () => {
    const comparison = comparePurchases(
      [{ id: 'p', purchasedOn: '2024-01-03', amount: '164608.33' }],
      [{ id: 'q', purchasedOn: '2023-01-05', amount: '170000.01' }],
      ['2024-01'],
      ['2023-01'],
    );
    const option = purchasesChart(['2024-01'], comparison, { current: '2024', previous: '2023' }, t);
    expect((option.series as Series[]).map((line) => [line.name, line.data])).toEqual([
      ['2024', [16.46]],
      ['2023', [17]],
    ]);
    const tooltip = (option.tooltip as { formatter: Formatter }).formatter([{ dataIndex: 0 }]);
    expect(tooltip).toContain('"value":"164,608.33"');
    expect(tooltip).toContain('"value":"170,000.01"');
  });
});
