import { afterAll, beforeAll, expect, it } from 'vitest';
import { federation, startFederation, type Federation } from './harness/start-federation.ts';

/**
 * `@defer`: the router runtime behind our gateway does not deliver incremental results, so the
 * gateway refuses a deferred operation with a clear, coded error before any subgraph is asked,
 * rather than answering it as if the directive were not there.
 */
let fed: Federation;
beforeAll(async () => {
  fed = await startFederation([
    {
      name: 'catalog',
      typeDefs: `${federation(['@key'])}
        type Query { product: Product }
        type Product @key(fields: "id") { id: ID! name: String! }`,
      resolvers: { Query: { product: () => ({ id: 'p1', name: 'one' }) } },
    },
  ]);
});
afterAll(() => fed.stop());

it('refuses @defer with a coded error, asking no subgraph', async () => {
  const before = fed.received.catalog?.length ?? 0;
  const answer = await fed.query('{ product { id ... @defer { name } } }');
  expect(answer.body.data ?? null).toBeNull();
  expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(answer.body.errors?.[0]?.message).toContain('@defer');
  expect(fed.received.catalog?.length ?? 0).toBe(before);
});
