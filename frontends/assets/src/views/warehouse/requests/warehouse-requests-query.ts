import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { AssetsWarehouseRequestsQuery } from '../../../generated/graphql';

export const warehouseRequestsQuery = graphql(`
  query AssetsWarehouseRequests($first: Int, $after: String, $last: Int, $before: String, $filter: WarehouseRequestFilter) {
    warehouseRequests(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id quantity reason status allowedActions requestedAt decidedAt decisionReason
          item { id code name state newPrice warehouse { name } }
          organization { id name }
          issue { id quantity issuedOn savings }
        }
      }
    }
  }
`);

export type WarehouseRequestRow = NodeOf<AssetsWarehouseRequestsQuery['warehouseRequests']>;
