import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { federation, startFederation, type Federation } from './harness/start-federation.ts';

/**
 * The gateway's own concerns on a small federation: the request id, readiness and metrics from
 * the subgraphs of the supergraph it has loaded, and a re-composed supergraph file picked up while
 * it runs (SUPERGRAPH_WATCH=1). The first supergraph has `catalog` only; `reviews` joins later.
 */
let fed: Federation;
beforeAll(async () => {
  fed = await startFederation(
    [
      {
        name: 'catalog',
        typeDefs: `${federation(['@key'])}
          type Query { product: Product }
          type Product @key(fields: "id") { id: ID! name: String! }`,
        resolvers: { Query: { product: () => ({ id: 'p1', name: 'one' }) }, Product: { __resolveReference: (ref: { id: string }) => ({ ...ref, name: 'one' }) } },
      },
      {
        name: 'reviews',
        typeDefs: `${federation(['@key'])}
          type Product @key(fields: "id") { id: ID! stars: Int! }`,
        resolvers: { Product: { __resolveReference: (ref: { id: string }) => ({ ...ref, stars: 4 }) } },
      },
    ],
    { env: { SUPERGRAPH_WATCH: '1' }, initial: ['catalog'] },
  );
});
afterAll(() => fed.stop());

const readiness = async () => {
  const response = await fetch(`${fed.origin}/readyz`);
  return { status: response.status, body: (await response.json()) as unknown };
};

describe('request id', () => {
  it('keeps a caller’s id, echoes it and sends it to the subgraph', async () => {
    const answer = await fed.query('{ product { id } }', undefined, { 'x-request-id': 'trace-42' });
    expect(answer.headers.get('x-request-id')).toBe('trace-42');
    expect(fed.received.catalog?.at(-1)?.headers['x-request-id']).toBe('trace-42');
  });

  it('makes one when the caller sent none or an unusable one, the same on the response and to the subgraph', async () => {
    for (const sent of [undefined, 'bad id\twith tab']) {
      const answer = await fed.query('{ product { id } }', undefined, sent ? { 'x-request-id': sent } : {});
      const id = answer.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(fed.received.catalog?.at(-1)?.headers['x-request-id']).toBe(id);
    }
  });
});

describe('the loaded supergraph', () => {
  it('counts subgraph calls by subgraph and outcome at /metrics', async () => {
    await fed.query('{ product { id } }');
    const metrics = await (await fetch(`${fed.origin}/metrics`)).text();
    expect(metrics).toMatch(/jiguan_subgraph_request_seconds_count\{[^}]*subgraph="catalog"[^}]*outcome="ok"[^}]*\} [1-9]/);
  });

  it('is replaced when the file is re-composed, without a restart', async () => {
    expect((await fed.query('{ product { stars } }')).body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await fed.recompose(['catalog', 'reviews']);
    let answer = await fed.query('{ product { name stars } }');
    for (let i = 0; i < 50 && answer.body.errors; i++) {
      await sleep(100);
      answer = await fed.query('{ product { name stars } }');
    }
    expect(answer.body).toEqual({ data: { product: { name: 'one', stars: 4 } } });
  });

  it('is what /readyz checks: every subgraph it names', async () => {
    const circuits = { catalog: 'closed', reviews: 'closed' };
    expect(await readiness()).toEqual({ status: 200, body: { status: 'ready', circuits } });
    await fed.stopSubgraph('reviews');
    expect(await readiness()).toEqual({ status: 503, body: { status: 'unavailable', notReady: ['reviews'], circuits } });
  });
});
