import { connection, data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordFilter, useCanteenRecords } from './use-canteen-records';

describe('recordFilter', () => {
  it('sends the canteen and the days chosen, nothing for a cleared filter', () => {
    expect(recordFilter({ canteenId: 'canteen-2', range: ['2024-03-01', '2024-03-31'] })).toEqual({ canteenId: 'canteen-2', from: '2024-03-01', to: '2024-03-31' });
    expect(recordFilter({ canteenId: '', range: null })).toEqual({ canteenId: undefined, from: undefined, to: undefined });
  });
});

describe('useCanteenRecords', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('pages each kind on the server and loads them all again, from page one, when a filter changes', async () => {
    const requests = stubGateway({
      CanteenMealCounts: data({ mealCounts: connection([]) }),
      CanteenWasteSamples: data({ wasteSamples: connection([]) }),
      CanteenKitchenWasteWeighings: data({ kitchenWasteWeighings: connection([]) }),
      CanteenIngredientPurchases: data({ ingredientPurchases: connection([]) }),
    });
    const { filters } = useCanteenRecords();
    await vi.waitFor(() => expect(requests).toHaveLength(4));
    filters.canteenId = 'canteen-1';
    filters.range = ['2024-12-01', '2024-12-31'];
    await vi.waitFor(() => expect(requests).toHaveLength(8));
    expect(requests.slice(4).map((request) => [request.operation, request.variables])).toEqual(
      ['CanteenMealCounts', 'CanteenWasteSamples', 'CanteenKitchenWasteWeighings', 'CanteenIngredientPurchases'].map((operation) => [
        operation,
        { first: 20, filter: { canteenId: 'canteen-1', from: '2024-12-01', to: '2024-12-31' } },
      ]),
    );
  });
});
