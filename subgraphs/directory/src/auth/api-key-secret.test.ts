import { describe, expect, it } from 'vitest';
import { apiKeySecretMatches, formatApiKey, hashApiKeySecret, newApiKeySecret, parseApiKey } from './api-key-secret.ts';

const ID = '0b6f1c1e-8a55-4c61-9d2e-3f4a5b6c7d8e';

describe('BI API key secrets', () => {
  it('makes 256-bit base64url secrets, different each time', () => {
    const secret = newApiKeySecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newApiKeySecret()).not.toBe(secret);
  });

  it('parses its own keys back, a secret with underscores included', () => {
    const secret = 'ab_cd-ef_' + 'x'.repeat(34);
    expect(parseApiKey(formatApiKey(ID, secret))).toEqual({ id: ID, secret });
  });

  it.each(['', 'jgk_', 'jgk__secret', `jgk_${ID}_`, `jgk_${ID}`, `Bearer jgk_${ID}_s`, `jgk_${ID}_${'s'.repeat(300)}`])('refuses %j as no key of ours', (key) => {
    expect(parseApiKey(key)).toBeNull();
  });

  it('matches a secret against its stored hash only', () => {
    const secret = newApiKeySecret();
    const stored = hashApiKeySecret(secret);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(apiKeySecretMatches(secret, stored)).toBe(true);
    expect(apiKeySecretMatches(`${secret}x`, stored)).toBe(false);
    expect(apiKeySecretMatches(secret, 'not-a-hash')).toBe(false);
  });
});
