import { graphql } from '../../../generated/gql';

export const fileWarehouseRequestMutation = graphql(`
  mutation FileWarehouseRequest($input: FileWarehouseRequestInput!) {
    fileWarehouseRequest(input: $input) { id status quantity item { id state availableQuantity } }
  }
`);
