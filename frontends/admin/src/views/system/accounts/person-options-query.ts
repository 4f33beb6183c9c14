import { graphql } from '../../../generated/gql';

export const personOptionsQuery = graphql(`
  query PersonOptions($search: String) {
    people(first: 20, filter: { search: $search }) { edges { node { id name organization { name } account { id } } } }
  }
`);
