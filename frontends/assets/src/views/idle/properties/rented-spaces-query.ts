import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { AssetsRentedSpacesQuery } from '../../../generated/graphql';

/** Space rented in for units (租用房屋), newest first. */
export const rentedSpacesQuery = graphql(`
  query AssetsRentedSpaces($first: Int, $after: String, $last: Int, $before: String, $filter: RentedSpaceFilter) {
    rentedSpaces(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id organization { id name } address landlord area yearlyRent startsOn givenUpOn allowedActions } }
    }
  }
`);

export type RentedSpaceRow = NodeOf<AssetsRentedSpacesQuery['rentedSpaces']>;
