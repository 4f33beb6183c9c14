import { graphql } from '../../../generated/gql';

export const createUserAccountMutation = graphql(`
  mutation CreateUserAccount($input: CreateUserAccountInput!) { createUserAccount(input: $input) { id username } }
`);
