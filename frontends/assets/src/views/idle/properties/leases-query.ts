import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { AssetsLeasesQuery } from '../../../generated/graphql';

/** Leases and loans (出租出借) of the bureau's properties. */
export const leasesQuery = graphql(`
  query AssetsLeases($first: Int, $after: String, $last: Int, $before: String, $filter: LeaseFilter) {
    leases(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id building { id code name } kind counterparty startsOn endsOn yearlyRent endedOn allowedActions } }
    }
  }
`);

export type LeaseRow = NodeOf<AssetsLeasesQuery['leases']>;
