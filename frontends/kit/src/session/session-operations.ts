import { defineDocument } from '../graphql/typed-document';
import type { SessionAccount } from './session-account';

/**
 * A token and its expiry. The account is read with `me` once the token is in use: the directory
 * shows an account only to itself (or an admin), and at login the caller is nobody yet.
 */
interface IssuedToken {
  token: string;
  expiresAt: string;
}

export const loginMutation = defineDocument<
  { login: IssuedToken },
  { username: string; password: string }
>(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) { token expiresAt }
  }
`);

export const refreshTokenMutation = defineDocument<{ refreshToken: IssuedToken }>(`
  mutation RefreshToken {
    refreshToken { token expiresAt }
  }
`);

export const meQuery = defineDocument<{ me: SessionAccount }>(`
  query Me {
    me { id username roles dataScope person { id name organization { id name } } }
  }
`);
