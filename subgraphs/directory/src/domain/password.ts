import type { Refusal } from '@jiguan/shared-schema/errors';
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost (N = 2^15, r = 8, p = 1: ~32 MiB, ~50 ms a hash; OWASP's minimum is 2^17 with r = 8 for new systems at scale, 2^15 keeps login snappy on 2 cores). */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** A hash of nothing, so a login for an unknown user costs as much time as one for a known user. */
const DECOY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = (stored ?? DECOY_HASH).split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return stored !== null && actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The password rule shown to admins: 8–64 characters with letters and digits. */
export function passwordProblem(password: string): Refusal | null {
  if (password.length < 8 || password.length > 64) return { code: 'BAD_USER_INPUT', reason: 'PASSWORD_LENGTH', message: '密码长度需为 8–64 位', params: { min: 8, max: 64 } };
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return { code: 'BAD_USER_INPUT', reason: 'PASSWORD_WEAK', message: '密码需同时包含字母和数字' };
  return null;
}
