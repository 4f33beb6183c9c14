import { describe, expect, it } from 'vitest';
import { comparePurchases, daysBelowLine, dinersByDay, kitchenWasteByMonth, purchasesByMonth, wasteCoefficientByDay } from './canteen-series';

describe('dinersByDay', () => {
  it('gives each day’s diners per sitting, in date order, and their sum', () => {
    const diners = dinersByDay([
      { id: 'm3', servedOn: '2024-03-05', sitting: 'LUNCH', diners: 480 },
      { id: 'm1', servedOn: '2024-03-04', sitting: 'BREAKFAST', diners: 170 },
      { id: 'm2', servedOn: '2024-03-04', sitting: 'LUNCH', diners: 475 },
      { id: 'm4', servedOn: '2024-03-04', sitting: 'DINNER', diners: 96 },
    ]);
    expect(diners).toEqual({ days: ['2024-03-04', '2024-03-05'], sittings: { BREAKFAST: [170, 0], LUNCH: [475, 480], DINNER: [96, 0] }, totals: [741, 480] });
  });
});

describe('wasteCoefficientByDay', () => {
  it('divides the day’s leftovers by its servings, several samples of a day together', () => {
    const days = wasteCoefficientByDay([
      { id: 's2', sampledOn: '2024-03-05', servedGrams: 10_000, leftoverGrams: 2_000 },
      { id: 's1', sampledOn: '2024-03-04', servedGrams: 9_000, leftoverGrams: 1_000 },
      { id: 's3', sampledOn: '2024-03-04', servedGrams: 3_000, leftoverGrams: 500 },
    ]);
    expect(days).toEqual([
      { day: '2024-03-04', servedGrams: 12_000, leftoverGrams: 1_500, coefficient: 0.125, belowLine: true },
      // exactly 0.2 is not below the line
      { day: '2024-03-05', servedGrams: 10_000, leftoverGrams: 2_000, coefficient: 0.2, belowLine: false },
    ]);
    expect(daysBelowLine(days)).toEqual({ below: 1, sampled: 2, share: 0.5 });
  });

  it('decides the line on the grams, not on the rounded coefficient', () => {
    // 1999.99… / 10000 rounds to 0.2, but 19_999 / 100_000 is below it
    const [day] = wasteCoefficientByDay([{ id: 's', sampledOn: '2024-03-04', servedGrams: 100_000, leftoverGrams: 19_999 }]);
    expect(day).toMatchObject({ coefficient: 0.2, belowLine: true });
    expect(daysBelowLine([])).toEqual({ below: 0, sampled: 0, share: null });
  });
});

describe('kitchenWasteByMonth', () => {
  it('sums the weighings of each month exactly, 0.0 for a month without', () => {
    const months = kitchenWasteByMonth(
      [
        { id: 'k1', weighedOn: '2024-01-31', kilograms: '0.1' },
        { id: 'k2', weighedOn: '2024-01-02', kilograms: '0.2' },
        { id: 'k3', weighedOn: '2024-03-01', kilograms: '1234.5' },
        { id: 'k4', weighedOn: '2023-12-31', kilograms: '99.9' },
      ],
      ['2024-01', '2024-02', '2024-03'],
    );
    expect(months).toEqual(['0.3', '0.0', '1234.5']);
  });
});

describe('purchases by month', () => {
  const current = [
    { id: 'p1', purchasedOn: '2024-01-03', amount: '0.10' },
    { id: 'p2', purchasedOn: '2024-01-04', amount: '0.20' },
    { id: 'p3', purchasedOn: '2024-02-01', amount: '164608.33' },
  ];
  const previous = [
    { id: 'q1', purchasedOn: '2023-01-05', amount: '1000.00' },
    { id: 'q2', purchasedOn: '2023-02-28', amount: '170000.01' },
  ];

  it('sums each month’s amounts to the cent', () => {
    expect(purchasesByMonth(current, ['2024-01', '2024-02'])).toEqual(['0.30', '164608.33']);
  });

  it('sets the months beside the same months a year before, with what was saved', () => {
    expect(comparePurchases(current, previous, ['2024-01', '2024-02'], ['2023-01', '2023-02'])).toEqual({
      current: ['0.30', '164608.33'],
      previous: ['1000.00', '170000.01'],
      currentTotal: '164608.63',
      previousTotal: '171000.01',
      saved: '6391.38',
    });
    expect(comparePurchases(previous.map((row) => ({ ...row, purchasedOn: row.purchasedOn.replace('2023', '2024') })), current.map((row) => ({ ...row, purchasedOn: row.purchasedOn.replace('2024', '2023') })), ['2024-01', '2024-02'], ['2023-01', '2023-02']).saved).toBe('-6391.38');
  });
});
