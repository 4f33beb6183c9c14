import { HubError } from '@jiguan/shared-schema/errors';
import type { ChargeOperation } from '@jiguan/shared-schema/limits/operation-checks';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { GatewayContext } from '../gateway-context.ts';

export interface AccountRateLimitSettings {
  /** The cost an account may spend in one window (an operation costs the fields its answer can hold). */
  points: number;
  windowSeconds: number;
  /** Share the budgets between gateway replicas (`REDIS_URL`); in this process's memory otherwise. */
  redisUrl: string | undefined;
}

export interface AccountRateLimit {
  charge: ChargeOperation<GatewayContext>;
  stop(): Promise<void>;
}

/** Refusal of an operation over the caller's budget, with the wait in the message (the too-many-requests concern makes it a 429 with Retry-After). */
class RateLimitedError extends HubError {
  constructor(retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', `请求过于频繁，请 ${retryAfterSeconds} 秒后再试`, { reason: 'RATE_LIMITED', params: { retryAfterSeconds } });
  }
}

/**
 * The per-account rate limit, weighted by cost (rate-limiter-flexible): every operation that passed
 * the query limits is charged its measured cost to the signed-in account (to the client address when
 * anonymous), so a page of twenty rows costs little and the largest allowed query much; an account
 * whose budget for the window is spent is refused until it refills. Refused operations cost nothing.
 */
export function accountRateLimit(settings: AccountRateLimitSettings): AccountRateLimit {
  const redis = settings.redisUrl ? new Redis(settings.redisUrl, { maxRetriesPerRequest: 1 }) : undefined;
  const options = { keyPrefix: 'gateway-cost', points: settings.points, duration: settings.windowSeconds };
  const limiter = redis ? new RateLimiterRedis({ ...options, storeClient: redis }) : new RateLimiterMemory(options);
  return {
    async charge(context, cost) {
      const key = context.viewer ? `account:${context.viewer.accountId}` : `address:${context.clientAddress}`;
      try {
        // One operation over the whole budget could never pass: it is charged the budget, and waits a full window.
        await limiter.consume(key, Math.min(cost, settings.points));
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      }
    },
    async stop() {
      await redis?.quit();
    },
  };
}
