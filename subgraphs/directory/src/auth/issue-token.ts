import { claimsOf, DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '@jiguan/shared-schema/auth/token-claims';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { SignJWT } from 'jose';
import type { SigningKey } from './signing-key.ts';

export interface TokenSettings {
  key: SigningKey;
  ttlSeconds: number;
  issuer?: string | undefined;
  audience?: string | undefined;
}

/** Signs an access token for the viewer; returns it with its expiry. */
export async function issueToken(viewer: Viewer, settings: TokenSettings): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = new Date((issuedAt + settings.ttlSeconds) * 1000);
  const token = await new SignJWT({ ...claimsOf(viewer) })
    .setProtectedHeader({ alg: settings.key.algorithm, kid: settings.key.kid, typ: 'JWT' })
    .setSubject(viewer.accountId)
    .setIssuer(settings.issuer ?? DEFAULT_ISSUER)
    .setAudience(settings.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + settings.ttlSeconds)
    .sign(settings.key.privateKey);
  return { token, expiresAt };
}
