import { graphql } from '../../../generated/gql';

export const requestVehiclePurchaseMutation = graphql(`
  mutation RequestVehiclePurchase($input: RequestVehiclePurchaseInput!) {
    requestVehiclePurchase(input: $input) { id status quantity organization { name } }
  }
`);

export const approveVehiclePurchaseMutation = graphql(`
  mutation ApproveVehiclePurchase($id: ID!, $reason: String) {
    approveVehiclePurchase(id: $id, reason: $reason) { id status decidedOn allowedActions }
  }
`);

export const rejectVehiclePurchaseMutation = graphql(`
  mutation RejectVehiclePurchase($id: ID!, $reason: String!) {
    rejectVehiclePurchase(id: $id, reason: $reason) { id status decidedOn allowedActions }
  }
`);
