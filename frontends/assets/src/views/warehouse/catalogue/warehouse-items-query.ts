import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { AssetsWarehouseItemsQuery } from '../../../generated/graphql';

/** Requests and issues shown per item (the `movements` variable); the row says how many there are in all. */
export const movementsPerItem = 5;

export const warehouseItemsQuery = graphql(`
  query AssetsWarehouseItems($first: Int, $after: String, $last: Int, $before: String, $filter: WarehouseItemFilter, $movements: Int!) {
    warehouseItems(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id code name category condition state quantity availableQuantity reservedQuantity
          originalValue newPrice listedOn warehouse { id name kind } fromUnit { name }
          requests(first: $movements) { totalCount edges { node { id organization { name } quantity status requestedAt } } }
          issues(first: $movements) { totalCount edges { node { id kind quantity receiving { name } issuedOn savings } } }
        }
      }
    }
  }
`);

export type WarehouseItemRow = NodeOf<AssetsWarehouseItemsQuery['warehouseItems']>;
