import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { CanteenRecordFilter } from '../../../generated/graphql';
import {
  canteenIngredientPurchasesQuery,
  canteenKitchenWasteWeighingsQuery,
  canteenMealCountsQuery,
  canteenWasteSamplesQuery,
  type IngredientPurchaseRecordRow,
  type KitchenWasteRecordRow,
  type MealCountRow,
  type WasteSampleRecordRow,
} from './canteen-records-query';

/** The filters above the records: a canteen (none: every canteen) and days, as the date range picker writes them (null when cleared). */
export interface RecordFilters {
  canteenId?: string;
  range: [string, string] | null;
}

/** The filters → the lists' CanteenRecordFilter. */
export function recordFilter(filters: RecordFilters): CanteenRecordFilter {
  return { canteenId: filters.canteenId || undefined, from: filters.range?.[0] || undefined, to: filters.range?.[1] || undefined };
}

/** The recent records of each kind (a tab each), newest day first, one filter row for all, paged by the server. */
export function useCanteenRecords() {
  const filters = reactive<RecordFilters>({ range: null });
  const tables = {
    mealCounts: useConnectionTable<MealCountRow>({ fetchPage: async (page) => (await requestGraphQL(canteenMealCountsQuery, { ...page, filter: recordFilter(filters) })).mealCounts }),
    wasteSamples: useConnectionTable<WasteSampleRecordRow>({ fetchPage: async (page) => (await requestGraphQL(canteenWasteSamplesQuery, { ...page, filter: recordFilter(filters) })).wasteSamples }),
    kitchenWaste: useConnectionTable<KitchenWasteRecordRow>({
      fetchPage: async (page) => (await requestGraphQL(canteenKitchenWasteWeighingsQuery, { ...page, filter: recordFilter(filters) })).kitchenWasteWeighings,
    }),
    purchases: useConnectionTable<IngredientPurchaseRecordRow>({
      fetchPage: async (page) => (await requestGraphQL(canteenIngredientPurchasesQuery, { ...page, filter: recordFilter(filters) })).ingredientPurchases,
    }),
  };
  watch(filters, () => {
    for (const table of Object.values(tables)) void table.applySearch();
  });
  return { filters, tables };
}
