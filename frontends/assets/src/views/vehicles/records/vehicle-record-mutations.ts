import { graphql } from '../../../generated/gql';

export const recordFuelTopUpMutation = graphql(`
  mutation RecordFuelTopUp($input: RecordFuelTopUpInput!) {
    recordFuelTopUp(input: $input) { id toppedUpOn amount }
  }
`);

export const recordTripMutation = graphql(`
  mutation RecordTrip($input: RecordTripInput!) {
    recordTrip(input: $input) { id tripDate distanceKm }
  }
`);

export const recordServiceMutation = graphql(`
  mutation RecordService($input: RecordServiceInput!) {
    recordService(input: $input) { id servicedOn kind cost }
  }
`);
