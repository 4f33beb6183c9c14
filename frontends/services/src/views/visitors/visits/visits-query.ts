import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { ServicesVisitsQuery } from '../../../generated/graphql';

/** Visits with the phone and ID number masked as the server sends them (the last 4 only). */
export const visitsQuery = graphql(`
  query ServicesVisits($first: Int, $after: String, $last: Int, $before: String, $filter: VisitFilter, $orderBy: VisitOrder) {
    visits(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id visitorName visitorOrganization phone idNumber carPlate expectedAt purpose status checkedInAt checkedOutAt purgedAt allowedActions
          organization { id name }
          host { id name }
        }
      }
    }
  }
`);

export type VisitRow = NodeOf<ServicesVisitsQuery['visits']>;
