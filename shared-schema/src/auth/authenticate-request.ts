import type { IncomingMessage } from 'node:http';
import { HubError, UnauthenticatedError } from '../errors.ts';
import type { SessionVersions } from './session-versions.ts';
import { bearerToken, type TokenVerifier } from './token-verifier.ts';
import type { Viewer } from './viewer.ts';

export interface RequestAuthentication {
  /** The verified caller, or null when the request carried no token. */
  viewer: Viewer | null;
  /** The bearer token as sent (the gateway passes it on so each subgraph verifies it again). */
  token: string | null;
}

/**
 * How the gateway and every subgraph authenticate a request: no token → anonymous (each subgraph
 * then allows only its public operations); a valid token → its viewer; an invalid or expired one →
 * an UNAUTHENTICATED error carrying HTTP 401, thrown before any field runs. So is a token whose
 * session has ended (`sessions`: the account was disabled, re-roled or reset after it was issued).
 */
export function createRequestAuthenticator(verifyToken: TokenVerifier, sessions?: SessionVersions) {
  return async (req: IncomingMessage): Promise<RequestAuthentication> => {
    const token = bearerToken(req.headers.authorization);
    if (!token) return { viewer: null, token: null };
    try {
      const viewer = await verifyToken(token);
      // Checked on every request, also for a token the cache remembers as verified.
      if (sessions && !sessions.isCurrent(viewer)) throw new UnauthenticatedError('登录已失效（账号已停用、权限已变更或密码已重置），请重新登录', { reason: 'SESSION_ENDED' });
      return { viewer, token };
    } catch (error) {
      if (error instanceof HubError) error.extensions.http = { status: 401 };
      throw error;
    }
  };
}
