import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTVerifyGetKey, type KeyObject, type CryptoKey } from 'jose';
import { UnauthenticatedError } from '../errors.ts';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, viewerFromClaims } from './token-claims.ts';
import type { Viewer } from './viewer.ts';

export interface TokenVerifierOptions {
  /** Where the signing keys are published; the directory serves `/.well-known/jwks.json`. */
  jwksUrl?: string;
  /** The keys to verify with, without fetching them (the directory: a local JWKS of its own key, chosen by `kid` as a remote one is). */
  key?: KeyObject | CryptoKey | JWTVerifyGetKey;
  /** Expected `iss`; default {@link DEFAULT_ISSUER}. */
  issuer?: string;
  /** Expected `aud`; default {@link DEFAULT_AUDIENCE}. */
  audience?: string;
}

export type TokenVerifier = (token: string) => Promise<Viewer>;

/**
 * Verifies a hub JWT (signature, issuer, audience, expiry) and returns its viewer. Every failure is
 * an UNAUTHENTICATED error that says only what the person must do, never why the check failed.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keySource = options.key ?? (options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl), { cacheMaxAge: 10 * 60_000 }) : undefined);
  if (!keySource) throw new Error('createTokenVerifier needs a key or a jwksUrl');
  const verifyOptions = {
    issuer: options.issuer ?? DEFAULT_ISSUER,
    audience: options.audience ?? DEFAULT_AUDIENCE,
    // The directory signs with Ed25519 only; a token whose header names another algorithm is refused.
    algorithms: ['EdDSA'],
  };
  return async (token) => {
    try {
      // Every hub token names its signing key, so keys can be rotated: one without `kid` is not ours.
      if (!decodeProtectedHeader(token).kid) throw new UnauthenticatedError('登录凭证无效，请重新登录');
      const { payload } =
        typeof keySource === 'function'
          ? await jwtVerify(token, keySource, verifyOptions)
          : await jwtVerify(token, keySource, verifyOptions);
      const viewer = viewerFromClaims(payload);
      if (!viewer) throw new UnauthenticatedError('登录凭证无效，请重新登录');
      return viewer;
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('登录已过期，请重新登录');
      if (error instanceof errors.JOSEError) throw new UnauthenticatedError('登录凭证无效，请重新登录');
      // A header that does not fit the key (another key type, a malformed JWK) makes jose throw a
      // TypeError: still the caller's bad token, not the service's fault.
      if (error instanceof TypeError) throw new UnauthenticatedError('登录凭证无效，请重新登录');
      throw error;
    }
  };
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined | null): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}
