import { graphql } from '../generated/gql';

/** Units by part of their name, for a filter's remote select (the directory's list). */
export const unitOptionsQuery = graphql(`
  query UnitOptions($search: String) {
    organizations(first: 20, filter: { search: $search }) { edges { node { id name } } }
  }
`);
