import { graphql } from '../../../generated/gql';

/** A vehicle's latest fuel top-ups, trips and services: what its row shows when opened. */
export const vehicleRecordsQuery = graphql(`
  query AssetsVehicleRecords($id: ID!) {
    vehicle(id: $id) {
      id
      fuelTopUps(first: 5) { totalCount edges { node { id cardNumber toppedUpOn amount } } }
      trips(first: 5) { totalCount edges { node { id tripDate distanceKm purpose driver } } }
      serviceRecords(first: 5) { totalCount edges { node { id servicedOn kind cost workshop description } } }
    }
  }
`);
