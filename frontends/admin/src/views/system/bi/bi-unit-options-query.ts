import { graphql } from '../../../generated/gql';

export const biUnitOptionsQuery = graphql(`
  query BiUnitOptions($search: String) { organizations(first: 50, filter: { search: $search }) { edges { node { id name } } } }
`);
