import { graphql } from '../../../generated/gql';

export const resetUserAccountPasswordMutation = graphql(`
  mutation ResetUserAccountPassword($id: ID!, $newPassword: String!) {
    resetUserAccountPassword(id: $id, newPassword: $newPassword) { id }
  }
`);
