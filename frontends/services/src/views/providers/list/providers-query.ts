import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { ServiceProvidersQuery } from '../../../generated/graphql';

/**
 * The providers by kind, each with its contracts and its assessments (latest quarter first; ten
 * quarters of a handful of criteria fit the first 60 rows).
 */
export const serviceProvidersQuery = graphql(`
  query ServiceProviders($first: Int, $after: String, $last: Int, $before: String, $kind: ProviderKind) {
    serviceProviders(first: $first, after: $after, last: $last, before: $before, kind: $kind) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id name kind
          contracts(first: 20) { totalCount edges { node { id number startsOn endsOn amount scope } } }
          assessments(first: 60) { totalCount edges { node { id year quarter criterion score maxScore } } }
          trainings(first: 1) { totalCount }
        }
      }
    }
  }
`);

export type ProviderRow = NodeOf<ServiceProvidersQuery['serviceProviders']>;

/** One provider's trainings, latest first, paged by the server. */
export const providerTrainingsQuery = graphql(`
  query ProviderTrainings($first: Int, $after: String, $last: Int, $before: String, $filter: ProviderTrainingFilter) {
    providerTrainings(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id heldOn topic attendees } }
    }
  }
`);
