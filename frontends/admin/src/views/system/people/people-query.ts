import { graphql } from '../../../generated/gql';

export const peopleQuery = graphql(`
  query People($first: Int, $after: String, $last: Int, $before: String, $filter: PersonFilter) {
    people(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id name position rank phone organization { id name } account { id username } } }
    }
  }
`);
