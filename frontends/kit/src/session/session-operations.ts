import { graphql } from '../generated/gql';

/*
 * A token and its expiry come from login and refresh. The account is read with `me` once the token
 * is in use: the directory shows an account only to itself (or an admin), and at login the caller
 * is nobody yet.
 */

export const loginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) { token expiresAt }
  }
`);

export const refreshTokenMutation = graphql(`
  mutation RefreshToken {
    refreshToken { token expiresAt }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const meQuery = graphql(`
  query Me {
    me { id username roles dataScope person { id name organization { id name } } }
  }
`);
