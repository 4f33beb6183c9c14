import { graphql } from '../../../generated/gql';

export const handoversQuery = graphql(`
  query AssetsHandovers($first: Int, $after: String, $last: Int, $before: String) {
    handovers(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id building { id code name } plan { id planType } recipient { name } handedOverOn yearlyRent } }
    }
  }
`);
