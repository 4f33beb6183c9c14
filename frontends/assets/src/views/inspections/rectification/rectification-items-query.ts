import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { AssetsRectificationItemsQuery } from '../../../generated/graphql';

export const rectificationItemsQuery = graphql(`
  query AssetsRectificationItems($first: Int, $after: String, $last: Int, $before: String, $filter: RectificationItemFilter) {
    rectificationItems(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id suggestion owner dueOn status allowedActions overdue note updatedAt
          problem { description category building { id name } inspection { inspectedOn organization { name } } }
        }
      }
    }
  }
`);

export type RectificationCard = NodeOf<AssetsRectificationItemsQuery['rectificationItems']>;
