import { graphql } from '../../../generated/gql';

export const listWarehouseItemMutation = graphql(`
  mutation ListWarehouseItem($input: ListWarehouseItemInput!) {
    listWarehouseItem(input: $input) { id code name quantity state warehouse { id name } }
  }
`);
