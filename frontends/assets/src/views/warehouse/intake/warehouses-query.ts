import { graphql } from '../../../generated/gql';

/** The public warehouses (virtual and physical) an intake goes into. */
export const warehousesQuery = graphql(`
  query AssetsWarehouses {
    warehouses(first: 20) { edges { node { id code name kind } } }
  }
`);
