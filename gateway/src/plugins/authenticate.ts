import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { bearerToken, type TokenVerifier } from '@jiguan/shared-schema/auth/token-verifier';
import { HubError } from '@jiguan/shared-schema/errors';
import type { GatewayContext } from '../gateway-context.ts';

/**
 * Builds the request context: no token → anonymous (the subgraphs then allow only their public
 * operations); a valid token → its viewer; an invalid or expired one → refused with 401 before
 * anything reaches a subgraph.
 */
export function createAuthenticatedContext(verifyToken: TokenVerifier) {
  return async (req: IncomingMessage): Promise<GatewayContext> => {
    const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
    const token = bearerToken(req.headers.authorization);
    if (!token) return { viewer: null, token: null, requestId };
    try {
      return { viewer: await verifyToken(token), token, requestId };
    } catch (error) {
      if (error instanceof HubError) error.extensions.http = { status: 401 };
      throw error;
    }
  };
}
