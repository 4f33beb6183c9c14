import { graphql } from '../../../generated/gql';

export const disableUserAccountMutation = graphql(`
  mutation DisableUserAccount($id: ID!) { disableUserAccount(id: $id) { id disabled } }
`);

export const enableUserAccountMutation = graphql(`
  mutation EnableUserAccount($id: ID!) { enableUserAccount(id: $id) { id disabled } }
`);
