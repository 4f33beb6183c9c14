import { graphql } from '../../../generated/gql';

export const vehiclesQuery = graphql(`
  query AssetsVehicles($first: Int, $after: String, $last: Int, $before: String, $filter: VehicleFilter) {
    vehicles(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id plateNumber model organization { name } kind energyType purchasedOn purchasePrice status timeShare } }
    }
  }
`);
