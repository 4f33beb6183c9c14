import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { CanteenIngredientPurchasesQuery, CanteenKitchenWasteWeighingsQuery, CanteenMealCountsQuery, CanteenWasteSamplesQuery } from '../../../generated/graphql';

/* The recent records of each kind, newest day first, paged by the server and filtered by canteen and days. */

export const canteenMealCountsQuery = graphql(`
  query CanteenMealCounts($filter: CanteenRecordFilter, $first: Int, $after: String, $last: Int, $before: String) {
    mealCounts(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id servedOn sitting diners canteen { id name } } }
    }
  }
`);
export type MealCountRow = NodeOf<CanteenMealCountsQuery['mealCounts']>;

export const canteenWasteSamplesQuery = graphql(`
  query CanteenWasteSamples($filter: CanteenRecordFilter, $first: Int, $after: String, $last: Int, $before: String) {
    wasteSamples(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id sampledOn servedGrams leftoverGrams coefficient canteen { id name } } }
    }
  }
`);
export type WasteSampleRecordRow = NodeOf<CanteenWasteSamplesQuery['wasteSamples']>;

export const canteenKitchenWasteWeighingsQuery = graphql(`
  query CanteenKitchenWasteWeighings($filter: CanteenRecordFilter, $first: Int, $after: String, $last: Int, $before: String) {
    kitchenWasteWeighings(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id weighedOn kilograms canteen { id name } } }
    }
  }
`);
export type KitchenWasteRecordRow = NodeOf<CanteenKitchenWasteWeighingsQuery['kitchenWasteWeighings']>;

export const canteenIngredientPurchasesQuery = graphql(`
  query CanteenIngredientPurchases($filter: CanteenRecordFilter, $first: Int, $after: String, $last: Int, $before: String) {
    ingredientPurchases(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id purchasedOn supplier category quantity unit amount canteen { id name } } }
    }
  }
`);
export type IngredientPurchaseRecordRow = NodeOf<CanteenIngredientPurchasesQuery['ingredientPurchases']>;
