import { HubError } from '@jiguan/shared-schema/errors';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { Redis } from 'ioredis';

export interface LoginThrottleSettings {
  /** Failed logins of one name from one address before each further one must wait (1 s, then doubling). */
  backoffAfter: number;
  /** The longest wait; reached after about ten failures in a row, it is the lockout. Seconds. */
  lockoutSeconds: number;
  /** Failed logins from one address, of any names, within `lockoutSeconds` before that address waits out the lockout. */
  addressFailures: number;
  /** Share the counts between directory replicas (`REDIS_URL`); in this process's memory otherwise. */
  redisUrl: string | undefined;
}

/** Refusal of a login attempt made too soon: HTTP 429 with Retry-After, and the wait in the message. */
export class LoginThrottledError extends HubError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.floor(retryAfterSeconds / 60);
    const wait = minutes > 0 ? `${minutes} 分 ${retryAfterSeconds % 60} 秒` : `${retryAfterSeconds} 秒`;
    super('TOO_MANY_REQUESTS', `登录失败次数过多，请 ${wait}后再试`, { reason: 'LOGIN_THROTTLED', params: { retryAfterSeconds } });
    this.extensions.http = { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) };
  }
}

export interface LoginThrottle {
  /** Throws LoginThrottledError while this name from this address, or this address, must wait. */
  check(username: string, address: string): Promise<void>;
  failed(username: string, address: string): Promise<void>;
  succeeded(username: string, address: string): Promise<void>;
}

/**
 * Slows down password guessing (rate-limiter-flexible): each name is counted per client address,
 * so guessing someone's password from elsewhere never locks them out where they sign in; and every
 * address is counted over all names, so spraying many names from one place stops too.
 */
export function createLoginThrottle(settings: LoginThrottleSettings): LoginThrottle {
  const redis = settings.redisUrl ? new Redis(settings.redisUrl, { maxRetriesPerRequest: 1 }) : undefined;
  const limiter = (keyPrefix: string, points: number): RateLimiterAbstract =>
    redis ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: settings.lockoutSeconds }) : new RateLimiterMemory({ keyPrefix, points, duration: settings.lockoutSeconds });
  // Failures so far (never blocking by themselves), and the waits they impose.
  const failures = limiter('login-failures', Number.MAX_SAFE_INTEGER);
  const addressFailures = limiter('login-address-failures', Number.MAX_SAFE_INTEGER);
  const waits = limiter('login-waits', 1);
  const nameKey = (username: string, address: string) => `${username.trim().toLowerCase()}@${address}`;

  const waitLeft = async (key: string) => {
    const state = await waits.get(key);
    return state && state.consumedPoints > 1 ? Math.ceil(state.msBeforeNext / 1000) : 0;
  };

  return {
    async check(username, address) {
      const seconds = Math.max(await waitLeft(nameKey(username, address)), await waitLeft(address));
      if (seconds > 0) throw new LoginThrottledError(seconds);
    },
    async failed(username, address) {
      const key = nameKey(username, address);
      const count = (await failures.penalty(key, 1)).consumedPoints;
      if (count >= settings.backoffAfter) await waits.block(key, Math.min(settings.lockoutSeconds, 2 ** (count - settings.backoffAfter)));
      const fromAddress = (await addressFailures.penalty(address, 1)).consumedPoints;
      if (fromAddress >= settings.addressFailures) await waits.block(address, settings.lockoutSeconds);
    },
    async succeeded(username, address) {
      const key = nameKey(username, address);
      await Promise.all([failures.delete(key), waits.delete(key)]);
    },
  };
}
