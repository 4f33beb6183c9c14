import { tokenWithScope } from '@jiguan/runner/testing/demo-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The attack report's finding 4 (issue 11): 100 wrong passwords in a row met no delay, no lockout
 * and no 429. Now each name is slowed down per client address, and every address over all names.
 */
const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const USERNAME = 'throttle.victim';
const PASSWORD = 'Scope-Test-2024'; // what tokenWithScope gives its accounts

interface Attempt {
  status: number;
  retryAfter: string | null;
  code: unknown;
  message: unknown;
  token: unknown;
}

/** One login, through the gateway or (with `from`) straight to the directory as if the gateway had forwarded that address. */
async function login(username: string, password: string, from?: string): Promise<Attempt> {
  const url = from ? (testHub().subgraphUrls.directory ?? '') : testHub().gatewayUrl;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(from ? { 'x-forwarded-for': from } : {}) },
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
  });
  const body = (await response.json()) as { data?: { login?: { token?: string } } | null; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message, token: body.data?.login?.token };
}

beforeAll(async () => {
  await tokenWithScope({ username: USERNAME, personId: 'person-sj-jgswglj-002', roles: ['LEADER'], dataScope: 'SELF' });
});

describe('password guessing', () => {
  it('cannot lock the account out from another address: guesses from there leave the owner’s sign-in alone', async () => {
    const outside: Attempt[] = [];
    for (let i = 0; i < 20; i += 1) outside.push(await login(USERNAME, 'guess', '203.0.113.9'));
    expect(outside.filter((a) => a.status === 429).length).toBeGreaterThan(10);
    const owner = await login(USERNAME, PASSWORD);
    expect(owner.token).toEqual(expect.stringMatching(/^ey/));
  });

  it('100 wrong passwords in a row: after three, each try waits longer (429 with Retry-After), the right one too, until the wait is over', async () => {
    const attempts: Attempt[] = [];
    for (let i = 0; i < 100; i += 1) attempts.push(await login(USERNAME, `wrong-${i}`));
    expect(attempts.slice(0, 3).map((a) => a.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    const refusedForNow = attempts.filter((a) => a.status === 429);
    // Only the tries after each wait are checked at all; the others are refused without looking at the password.
    expect(refusedForNow.length).toBeGreaterThan(90);
    expect(refusedForNow[0]).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfter: expect.stringMatching(/^\d+$/) });
    expect(String(refusedForNow[0]?.message)).toMatch(/请 \d+ 秒后再试/);

    const tooSoon = await login(USERNAME, PASSWORD);
    expect(tooSoon.status).toBe(429);
    await sleep(Number(tooSoon.retryAfter) * 1000 + 100);
    expect((await login(USERNAME, PASSWORD)).token).toEqual(expect.stringMatching(/^ey/));
    // A success starts the count again.
    expect((await login(USERNAME, 'wrong-again')).code).toBe('UNAUTHENTICATED');
  });

  it('spraying many names from one address stops that address after 100 failures', async () => {
    const from = '198.51.100.7';
    for (let i = 0; i < 100; i += 1) expect((await login(`nobody-${i}`, 'guess', from)).status).toBe(200);
    const next = await login('nobody-else', 'guess', from);
    expect(next).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
    // Another address is not affected.
    expect((await login('nobody-else', 'guess', '198.51.100.8')).code).toBe('UNAUTHENTICATED');
  });
});
