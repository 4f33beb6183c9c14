import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { federation, startFederation, type Federation } from './harness/start-federation.ts';

/**
 * The per-account rate limit, weighted by cost: each operation is charged the fields its answer can
 * hold, to the account (here, anonymous callers, to the client address); over the budget the
 * gateway answers 429 TOO_MANY_REQUESTS with Retry-After and calls no subgraph. With REDIS_URL two
 * gateways spend one budget.
 */
const catalog = {
  name: 'catalog',
  typeDefs: `${federation(['@key'])}
    type Query { product: Product products: [Product!]! }
    type Product @key(fields: "id") { id: ID! name: String! }`,
  resolvers: { Query: { product: () => ({ id: 'p1', name: 'one' }), products: () => [{ id: 'p1', name: 'one' }] } },
};
const started: Federation[] = [];
const start = async (env: Record<string, string>) => {
  const fed = await startFederation([catalog], { env });
  started.push(fed);
  return fed;
};
afterAll(() => Promise.all(started.map((fed) => fed.stop())));

describe('the cost-weighted rate limit', () => {
  it('charges each operation its cost and refuses once the budget is spent, without calling the subgraph', async () => {
    const fed = await start({ GATEWAY_RATE_POINTS: '100', GATEWAY_RATE_WINDOW_SECONDS: '60' });
    // { product { id name } } costs 3 (product, id, name): 33 fit in 100.
    for (let i = 0; i < 33; i += 1) expect((await fed.query('{ product { id name } }')).status).toBe(200);
    const calls = fed.received.catalog?.length;
    const refused = await fed.query('{ product { id name } }');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMITED', params: { retryAfterSeconds: expect.any(Number) } });
    expect(fed.received.catalog?.length).toBe(calls);
  });

  it('weighs a list by the rows it can return: one list of 20 costs as much as seven single rows', async () => {
    const fed = await start({ GATEWAY_RATE_POINTS: '100', GATEWAY_RATE_WINDOW_SECONDS: '60' });
    // { products { id } }: products 1 + id × 20 rows (a list without `first`) = 21; four fit in 100.
    for (let i = 0; i < 4; i += 1) expect((await fed.query('{ products { id } }')).status).toBe(200);
    expect((await fed.query('{ products { id } }')).status).toBe(429);
  });

  it('refills after the window', async () => {
    const fed = await start({ GATEWAY_RATE_POINTS: '6', GATEWAY_RATE_WINDOW_SECONDS: '1' });
    for (let i = 0; i < 2; i += 1) expect((await fed.query('{ product { id name } }')).status).toBe(200);
    expect((await fed.query('{ product { id name } }')).status).toBe(429);
    await sleep(1100);
    expect((await fed.query('{ product { id name } }')).status).toBe(200);
  });

  it('is one budget for every gateway sharing REDIS_URL', async () => {
    const env = { GATEWAY_RATE_POINTS: '6', GATEWAY_RATE_WINDOW_SECONDS: '2', REDIS_URL: 'redis://127.0.0.1:6379' };
    const [one, two] = [await start(env), await start(env)];
    // A budget a previous run may have left is gone after its window.
    await sleep(2100);
    for (const fed of [one, two]) expect((await fed.query('{ product { id name } }')).status).toBe(200);
    expect((await one.query('{ product { id name } }')).status).toBe(429);
    expect((await two.query('{ product { id name } }')).status).toBe(429);
  });
});
