import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { WorkOrdersQuery } from '../../../generated/graphql';

/** Work orders with what the list, the timeline and the steps need. */
export const workOrdersQuery = graphql(`
  query WorkOrders($first: Int, $after: String, $last: Int, $before: String, $filter: WorkOrderFilter, $orderBy: WorkOrderOrder) {
    workOrders(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id category description priority status overdue dueAt createdAt
          buildingId building { id name } roomId location
          organization { id name }
          requester { id name }
          providerName workerName assignedAt startedAt doneAt closedAt reopenCount
          rating ratingComment
          allowedActions
        }
      }
    }
  }
`);

export type WorkOrderRow = NodeOf<WorkOrdersQuery['workOrders']>;
