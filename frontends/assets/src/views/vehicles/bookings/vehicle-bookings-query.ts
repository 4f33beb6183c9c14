import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { AssetsVehicleBookingsQuery } from '../../../generated/graphql';

export const vehicleBookingsQuery = graphql(`
  query AssetsVehicleBookings($first: Int, $after: String, $last: Int, $before: String, $filter: VehicleBookingFilter) {
    vehicleBookings(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id vehicle { id plateNumber model } organization { name } startsAt endsAt purpose status allowedActions } }
    }
  }
`);

export type VehicleBookingRow = NodeOf<AssetsVehicleBookingsQuery['vehicleBookings']>;

/** The time-share pool: the vehicles a unit may rent. */
export const poolVehiclesQuery = graphql(`
  query AssetsPoolVehicles {
    vehicles(first: 50, filter: { timeShare: true, status: IN_SERVICE }) { edges { node { id plateNumber model } } }
  }
`);
