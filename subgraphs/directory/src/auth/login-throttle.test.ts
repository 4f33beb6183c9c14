import { createConnection } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createLoginThrottle, LoginThrottledError, type LoginThrottleSettings } from './login-throttle.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether a Redis answers at REDIS_URL (every machine of this project's CI runs one on 6379). */
const redisAnswers = await new Promise<boolean>((resolve) => {
  const { hostname, port } = new URL(REDIS_URL);
  const socket = createConnection({ host: hostname, port: Number(port || 6379) });
  socket.once('connect', () => (socket.end(), resolve(true)));
  socket.once('error', () => resolve(false));
});

const settings = (redisUrl?: string): LoginThrottleSettings => ({ backoffAfter: 2, lockoutSeconds: 60, addressFailures: 5, redisUrl });

const randomAddress = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250)).join('.')}`;

async function refusal(promise: Promise<void>): Promise<LoginThrottledError | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    if (error instanceof LoginThrottledError) return error;
    throw error;
  }
}

const stores: [string, () => LoginThrottleSettings][] = [['in memory', () => settings()]];
if (redisAnswers) stores.push(['shared through Redis', () => settings(REDIS_URL)]);

describe.each(stores)('the login throttle, %s', (_store, make) => {
  it('makes a name wait from one address after the backoff count, doubling, and forgets on success', async () => {
    const throttle = createLoginThrottle(make());
    // Fresh names and addresses: a Redis keeps the counts of earlier runs for a minute.
    const name = `user-${Math.random()}`;
    const [here, there] = [randomAddress(), randomAddress()];
    await throttle.failed(name, here);
    expect(await refusal(throttle.check(name, here))).toBeUndefined();
    await throttle.failed(name, here);
    const first = await refusal(throttle.check(name, here));
    expect(first?.retryAfterSeconds).toBe(1);
    expect(first?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'LOGIN_THROTTLED', params: { retryAfterSeconds: 1 }, http: { status: 429 } });
    // Elsewhere the same name is free.
    expect(await refusal(throttle.check(name, there))).toBeUndefined();
    await sleep(1100);
    expect(await refusal(throttle.check(name, here))).toBeUndefined();
    await throttle.failed(name, here);
    expect((await refusal(throttle.check(name, here)))?.retryAfterSeconds).toBe(2);
    await throttle.succeeded(name, here);
    expect(await refusal(throttle.check(name, here))).toBeUndefined();
  });

  it('stops an address that fails for many names', async () => {
    const throttle = createLoginThrottle(make());
    const address = randomAddress();
    for (let i = 0; i < 5; i += 1) await throttle.failed(`sprayed-${Math.random()}`, address);
    expect((await refusal(throttle.check('someone-new', address)))?.retryAfterSeconds).toBe(60);
  });
});
