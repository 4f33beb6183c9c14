import { graphql } from '../../../generated/gql';

/** Units by part of their name, for a form's unit picker. */
export const propertyUnitOptionsQuery = graphql(`
  query PropertyUnitOptions($search: String) {
    organizations(first: 20, filter: { search: $search }) { edges { node { id name } } }
  }
`);
