import { graphql } from '../../../generated/gql';

export const createBiDatabaseLoginMutation = graphql(`
  mutation CreateBiDatabaseLogin($input: CreateBiDatabaseLoginInput!) { createBiDatabaseLogin(input: $input) { name } }
`);

export const dropBiDatabaseLoginMutation = graphql(`
  mutation DropBiDatabaseLogin($name: String!) { dropBiDatabaseLogin(name: $name) { name } }
`);
