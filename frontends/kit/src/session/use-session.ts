import { computed } from 'vue';
import type { Role } from '../generated/graphql';
import { requestGraphQL } from '../graphql/request-graphql';
import { restoreSession } from './restore-session';
import { loginMutation, logoutMutation } from './session-operations';
import { endSession, session, setSessionToken } from './session-store';

/** The logged-in account and the actions that change who is logged in. */
export function useSession() {
  const account = computed(() => session.account);
  const isAuthenticated = computed(() => session.token !== null);

  /** Fails with the server's GraphQLRequestError (e.g. UNAUTHENTICATED "用户名或密码错误"). */
  async function login(username: string, password: string): Promise<void> {
    // A stale token would make the gateway refuse even the login request.
    endSession();
    const { login: issued } = await requestGraphQL(loginMutation, { username, password });
    setSessionToken(issued.token, issued.expiresAt);
    await restoreSession().catch((error: unknown) => {
      endSession();
      throw error;
    });
  }

  /**
   * Ends the account's sessions at the hub (every token it holds stops working within seconds),
   * then here. The page leaves the session even when the hub cannot be reached: the token then
   * lives until it expires, as a closed browser's does.
   */
  async function logout(): Promise<void> {
    try {
      await requestGraphQL(logoutMutation);
    } catch {
      // Unreachable hub or an already ended session: nothing more to end there.
    } finally {
      endSession();
    }
  }

  function hasAnyRole(wanted: readonly Role[]): boolean {
    return session.account?.roles.some((role) => wanted.includes(role)) ?? false;
  }

  return { account, isAuthenticated, login, logout, hasAnyRole };
}
