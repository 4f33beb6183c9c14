import { decodeJwt } from 'jose';
import type { TokenVerifier } from './token-verifier.ts';
import type { Viewer } from './viewer.ts';

export interface VerifiedTokenCacheOptions {
  /** Most tokens remembered; the least recently verified go first. 0 turns the cache off. Default 10 000. */
  maxEntries?: number;
  /** How long a verification is trusted, ms, and never past the token's own expiry. Default 60 s. */
  maxAgeMs?: number;
  now?: () => number;
}

/**
 * Remembers tokens that passed verification, so a caller's every request does not check the
 * signature again: the exact token string (signature included) is the key, an entry ends at the
 * token's expiry or after `maxAgeMs`, whichever is first, and failures are never cached (every bad
 * token is checked, and refused, each time). The gateway and every subgraph each keep their own:
 * a subgraph still checks every token it is sent, it only does not repeat the signature check.
 */
export function cacheVerifiedTokens(verify: TokenVerifier, options: VerifiedTokenCacheOptions = {}): TokenVerifier {
  const maxEntries = options.maxEntries ?? 10_000;
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const now = options.now ?? Date.now;
  if (maxEntries <= 0 || maxAgeMs <= 0) return verify;
  const cache = new Map<string, { viewer: Viewer; until: number }>();

  return async (token) => {
    const hit = cache.get(token);
    if (hit && hit.until > now()) return hit.viewer;
    if (hit) cache.delete(token);
    const viewer = await verify(token);
    const exp = decodeJwt(token).exp;
    const until = Math.min(now() + maxAgeMs, typeof exp === 'number' ? exp * 1000 : 0);
    if (until > now()) {
      if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
      cache.set(token, { viewer, until });
    }
    return viewer;
  };
}
