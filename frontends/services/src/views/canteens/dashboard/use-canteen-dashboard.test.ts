import { data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boundedMonths, dashboardVariables, useCanteenDashboard } from './use-canteen-dashboard';

const page = (nodes: object[], endCursor: string | null = null) => ({ pageInfo: { hasNextPage: endCursor !== null, endCursor }, edges: nodes.map((node) => ({ node })) });

describe('dashboardVariables', () => {
  it('asks for the canteen’s months, and the same months a year before', () => {
    expect(dashboardVariables({ canteenId: 'canteen-2', months: ['2024-02', '2024-04'] })).toEqual({
      months: ['2024-02', '2024-03', '2024-04'],
      previousMonths: ['2023-02', '2023-03', '2023-04'],
      current: { canteenId: 'canteen-2', from: '2024-02-01', to: '2024-04-30' },
      previous: { canteenId: 'canteen-2', from: '2023-02-01', to: '2023-04-30' },
    });
  });

  it('keeps a range to a year, ending where it ended', () => {
    expect(boundedMonths(['2023-01', '2024-06'])).toEqual(['2023-07', '2024-06']);
    expect(boundedMonths(['2024-01', '2024-12'])).toEqual(['2024-01', '2024-12']);
    expect(dashboardVariables({ canteenId: 'c', months: ['2022-01', '2024-12'] }).current).toEqual({ canteenId: 'c', from: '2024-01-01', to: '2024-12-31' });
  });
});

describe('useCanteenDashboard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens on the first canteen’s 2024, pages through the rows and builds the series', async () => {
    const requests = stubGateway({
      CanteenDinersSeries: ({ after }) =>
        data({ mealCounts: after ? page([{ id: 'm2', servedOn: '2024-01-03', sitting: 'LUNCH', diners: 400 }]) : page([{ id: 'm1', servedOn: '2024-01-02', sitting: 'LUNCH', diners: 410 }], 'c1') }),
      CanteenWasteSeries: data({ wasteSamples: page([{ id: 's1', sampledOn: '2024-01-02', servedGrams: 10_000, leftoverGrams: 1_000 }]) }),
      CanteenKitchenWasteSeries: data({ kitchenWasteWeighings: page([{ id: 'k1', weighedOn: '2024-01-02', kilograms: '150.5' }]) }),
      CanteenPurchasesSeries: ({ filter }) =>
        data({ ingredientPurchases: page([{ id: 'p', purchasedOn: (filter as { from: string }).from, amount: (filter as { from: string }).from.startsWith('2024') ? '100.00' : '150.50' }]) }),
    });
    const dashboard = useCanteenDashboard(Promise.resolve('canteen-1'));
    await vi.waitFor(() => expect(dashboard.series.value).not.toBeNull());

    const diners = requests.filter((request) => request.operation === 'CanteenDinersSeries');
    expect(diners.map((request) => request.variables)).toEqual([
      { filter: { canteenId: 'canteen-1', from: '2024-01-01', to: '2024-12-31' }, first: 200 },
      { filter: { canteenId: 'canteen-1', from: '2024-01-01', to: '2024-12-31' }, first: 200, after: 'c1' },
    ]);
    expect(requests.filter((request) => request.operation === 'CanteenPurchasesSeries').map((request) => request.variables.filter)).toEqual([
      { canteenId: 'canteen-1', from: '2024-01-01', to: '2024-12-31' },
      { canteenId: 'canteen-1', from: '2023-01-01', to: '2023-12-31' },
    ]);
    const series = dashboard.series.value!;
    expect(series.diners.totals).toEqual([410, 400]);
    expect(series.belowLine).toEqual({ below: 1, sampled: 1, share: 1 });
    expect(series.kitchenWaste.slice(0, 2)).toEqual(['150.5', '0.0']);
    expect(series.purchases).toMatchObject({ currentTotal: '100.00', previousTotal: '150.50', saved: '50.50' });
    expect(series).toMatchObject({ truncated: false, empty: false });
  });

  it('loads again for another canteen', async () => {
    const requests = stubGateway({
      CanteenDinersSeries: data({ mealCounts: page([]) }),
      CanteenWasteSeries: data({ wasteSamples: page([]) }),
      CanteenKitchenWasteSeries: data({ kitchenWasteWeighings: page([]) }),
      CanteenPurchasesSeries: data({ ingredientPurchases: page([]) }),
    });
    const dashboard = useCanteenDashboard(Promise.resolve('canteen-1'));
    await vi.waitFor(() => expect(dashboard.series.value?.empty).toBe(true));
    dashboard.filters.canteenId = 'canteen-3';
    await vi.waitFor(() => expect(requests.filter((request) => request.operation === 'CanteenWasteSeries')).toHaveLength(2));
    expect(requests.at(-1)?.variables.filter).toMatchObject({ canteenId: 'canteen-3' });
  });
});
