import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { API_KEY_PREFIX } from '@jiguan/shared-schema/bi/api-key-contract';

/** 32 random bytes: 256 bits, as base64url (43 characters). */
const SECRET_BYTES = 32;
/** Longer than any key we issue: refused before any hashing or lookup. */
export const API_KEY_MAX_LENGTH = 200;

/** A new secret for a key. */
export function newApiKeySecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

/** What the database keeps of a secret: its sha-256 (hex). A 256-bit random secret needs no salt or slow hash. */
export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether `secret` is the one whose hash is stored, in constant time. */
export function apiKeySecretMatches(secret: string, storedHash: string): boolean {
  const actual = Buffer.from(hashApiKeySecret(secret), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The key as the admin copies it once. */
export function formatApiKey(id: string, secret: string): string {
  return `${API_KEY_PREFIX}${id}_${secret}`;
}

/**
 * The id and secret of a presented key, or null when it is not one of ours. The id (a UUID) holds
 * no `_`; the secret (base64url) may, so the id ends at the first `_` after the prefix.
 */
export function parseApiKey(key: string): { id: string; secret: string } | null {
  if (key.length > API_KEY_MAX_LENGTH || !key.startsWith(API_KEY_PREFIX)) return null;
  const rest = key.slice(API_KEY_PREFIX.length);
  const split = rest.indexOf('_');
  if (split <= 0 || split === rest.length - 1) return null;
  return { id: rest.slice(0, split), secret: rest.slice(split + 1) };
}
