import { describe, expect, it } from 'vitest';
import { cacheVerifiedTokens } from '../src/auth/verified-token-cache.ts';
import type { Viewer } from '../src/auth/viewer.ts';
import { UnauthenticatedError } from '../src/errors.ts';

/** An unsigned JWT-shaped token with the given expiry (the cache only reads `exp`). */
const tokenExpiringAt = (expSeconds: number, tag = 'a') =>
  `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ exp: expSeconds, tag })).toString('base64url')}.sig`;

function countingVerifier(valid: (token: string) => boolean) {
  const calls: string[] = [];
  const verify = async (token: string) => {
    calls.push(token);
    if (!valid(token)) throw new UnauthenticatedError('登录凭证无效，请重新登录');
    return { accountId: 'a1' } as unknown as Viewer;
  };
  return { verify, calls };
}

describe('the verified-token cache', () => {
  it('verifies a token once while it is fresh, and again after maxAge', async () => {
    let now = 1_000_000_000_000;
    const { verify, calls } = countingVerifier(() => true);
    const cached = cacheVerifiedTokens(verify, { maxAgeMs: 60_000, now: () => now });
    const token = tokenExpiringAt(now / 1000 + 3600);
    await cached(token);
    await cached(token);
    expect(calls).toHaveLength(1);
    now += 61_000;
    await cached(token);
    expect(calls).toHaveLength(2);
  });

  it('never serves a token past its expiry, and never caches a failure', async () => {
    let now = 1_000_000_000_000;
    const { verify, calls } = countingVerifier((t) => !t.includes('bad'));
    const cached = cacheVerifiedTokens(verify, { maxAgeMs: 60_000, now: () => now });
    const shortLived = tokenExpiringAt(now / 1000 + 5);
    await cached(shortLived);
    now += 6_000;
    await cached(shortLived);
    expect(calls).toHaveLength(2);

    const bad = `${tokenExpiringAt(now / 1000 + 3600)}bad`;
    await expect(cached(bad)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(cached(bad)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(calls.filter((t) => t === bad)).toHaveLength(2);
  });

  it('holds at most maxEntries tokens, dropping the oldest', async () => {
    const now = 1_000_000_000_000;
    const { verify, calls } = countingVerifier(() => true);
    const cached = cacheVerifiedTokens(verify, { maxEntries: 2, now: () => now });
    const [a, b, c] = ['a', 'b', 'c'].map((tag) => tokenExpiringAt(now / 1000 + 3600, tag)) as [string, string, string];
    await cached(a);
    await cached(b);
    await cached(c);
    await cached(a);
    expect(calls).toEqual([a, b, c, a]);
  });
});
