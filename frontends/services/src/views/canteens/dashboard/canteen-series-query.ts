import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { CanteenDinersSeriesQuery, CanteenKitchenWasteSeriesQuery, CanteenPurchasesSeriesQuery, CanteenWasteSeriesQuery } from '../../../generated/graphql';

/*
 * The rows behind the dashboard's charts, only the columns a chart reads, paged through by
 * `fetchAllPages` (the subgraph offers no per-day or per-month aggregates of a canteen yet).
 */

export const canteenDinersSeriesQuery = graphql(`
  query CanteenDinersSeries($filter: CanteenRecordFilter!, $first: Int, $after: String) {
    mealCounts(filter: $filter, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id servedOn sitting diners } }
    }
  }
`);
export type DinersRow = NodeOf<CanteenDinersSeriesQuery['mealCounts']>;

export const canteenWasteSeriesQuery = graphql(`
  query CanteenWasteSeries($filter: CanteenRecordFilter!, $first: Int, $after: String) {
    wasteSamples(filter: $filter, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id sampledOn servedGrams leftoverGrams } }
    }
  }
`);
export type WasteSampleRow = NodeOf<CanteenWasteSeriesQuery['wasteSamples']>;

export const canteenKitchenWasteSeriesQuery = graphql(`
  query CanteenKitchenWasteSeries($filter: CanteenRecordFilter!, $first: Int, $after: String) {
    kitchenWasteWeighings(filter: $filter, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id weighedOn kilograms } }
    }
  }
`);
export type KitchenWasteRow = NodeOf<CanteenKitchenWasteSeriesQuery['kitchenWasteWeighings']>;

export const canteenPurchasesSeriesQuery = graphql(`
  query CanteenPurchasesSeries($filter: CanteenRecordFilter!, $first: Int, $after: String) {
    ingredientPurchases(filter: $filter, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id purchasedOn amount } }
    }
  }
`);
export type PurchaseRow = NodeOf<CanteenPurchasesSeriesQuery['ingredientPurchases']>;
