import { graphql } from '../../../generated/gql';

export const registerVehicleMutation = graphql(`
  mutation RegisterVehicle($input: RegisterVehicleInput!) {
    registerVehicle(input: $input) { id plateNumber model timeShare }
  }
`);
