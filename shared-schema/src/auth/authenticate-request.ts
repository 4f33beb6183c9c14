import type { IncomingMessage } from 'node:http';
import { HubError } from '../errors.ts';
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
 * an UNAUTHENTICATED error carrying HTTP 401, thrown before any field runs.
 */
export function createRequestAuthenticator(verifyToken: TokenVerifier) {
  return async (req: IncomingMessage): Promise<RequestAuthentication> => {
    const token = bearerToken(req.headers.authorization);
    if (!token) return { viewer: null, token: null };
    try {
      return { viewer: await verifyToken(token), token };
    } catch (error) {
      if (error instanceof HubError) error.extensions.http = { status: 401 };
      throw error;
    }
  };
}
