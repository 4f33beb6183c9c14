import { graphql } from '../../../generated/gql';

export const bookVehicleMutation = graphql(`
  mutation BookVehicle($input: BookVehicleInput!) {
    bookVehicle(input: $input) { id startsAt endsAt status vehicle { plateNumber } }
  }
`);

export const cancelVehicleBookingMutation = graphql(`
  mutation CancelVehicleBooking($id: ID!) {
    cancelVehicleBooking(id: $id) { id status allowedActions }
  }
`);
