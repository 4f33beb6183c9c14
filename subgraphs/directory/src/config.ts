import { resolve } from 'node:path';
import { DEFAULT_HOST } from '@jiguan/shared-schema/http/http-server';
import type { LoginThrottleSettings } from './auth/login-throttle.ts';

/** The directory's settings, from the environment; defaults run the demo on one machine. */
export interface DirectoryConfig {
  port: number;
  /** The address to listen on (`HOST`, default 127.0.0.1: this machine only). */
  host: string;
  databaseUrl: string;
  /** Where the signing key pair is kept when none is given (`JIGUAN_DATA_DIR`, default `<repo>/.data`). */
  dataDir: string;
  /** PKCS#8 PEM of an Ed25519 private key; when unset a key pair is generated once under dataDir. */
  privateKeyPem: string | undefined;
  issuer: string | undefined;
  audience: string | undefined;
  /** Lifetime of an access token in seconds (default 2 h; the frontends refresh it before it ends). */
  tokenTtlSeconds: number;
  /**
   * Password guessing: `LOGIN_BACKOFF_AFTER` (3) failures of a name from one address before each
   * further try waits 1 s, doubling, up to `LOGIN_LOCKOUT_SECONDS` (900); `LOGIN_ADDRESS_FAILURES`
   * (100) failures from one address lock it for that long; `REDIS_URL` shares the counts.
   */
  loginThrottle: LoginThrottleSettings;
}

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): DirectoryConfig {
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set (npm start sets it for the embedded database)');
  return {
    port: Number(env.PORT ?? 4001),
    host: env.HOST || DEFAULT_HOST,
    databaseUrl,
    dataDir: resolve(env.JIGUAN_DATA_DIR ?? resolve(REPO_ROOT, '.data')),
    privateKeyPem: env.JWT_PRIVATE_KEY,
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
    tokenTtlSeconds: Number(env.JWT_TTL_SECONDS ?? 7200),
    loginThrottle: {
      backoffAfter: Number(env.LOGIN_BACKOFF_AFTER ?? 3),
      lockoutSeconds: Number(env.LOGIN_LOCKOUT_SECONDS ?? 900),
      addressFailures: Number(env.LOGIN_ADDRESS_FAILURES ?? 100),
      redisUrl: env.REDIS_URL || undefined,
    },
  };
}
