import { graphql } from '../../../generated/gql';

export const setUserAccountRolesMutation = graphql(`
  mutation SetUserAccountRoles($id: ID!, $roles: [Role!]!, $dataScope: DataScope!) {
    setUserAccountRoles(id: $id, roles: $roles, dataScope: $dataScope) { id username roles dataScope }
  }
`);
