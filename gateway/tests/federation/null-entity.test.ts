import { afterAll, beforeAll, expect, it } from 'vitest';
import { federation, startFederation, type Federation } from './harness/start-federation.ts';

/**
 * An entity the owning subgraph does not know (its `_entities` answers null) under a non-null
 * field: the answer is nulled up to the nearest nullable parent, as the spec says, and an error
 * says why, so a client never gets `data: null` without `errors` (the attack report's finding 5:
 * a committed write answered with nothing).
 */
let fed: Federation;
beforeAll(async () => {
  fed = await startFederation([
    {
      name: 'catalog',
      typeDefs: `${federation(['@key'])}
        type Query { products: [Product]! product: Product! }
        type Product @key(fields: "id") { id: ID! }`,
      resolvers: { Query: { products: () => [{ id: 'p1' }, { id: 'p2' }], product: () => ({ id: 'p2' }) } },
    },
    {
      name: 'names',
      typeDefs: `${federation(['@key'])}
        type Product @key(fields: "id") { id: ID! name: String! }`,
      resolvers: { Product: { __resolveReference: (ref: { id: string }) => (ref.id === 'p2' ? null : { ...ref, name: `name ${ref.id}` }) } },
    },
  ]);
});
afterAll(() => fed.stop());

it('keeps the known entities and names the one that was not found', async () => {
  const answer = await fed.query('{ products { id name } }');
  expect(answer.body.data).toEqual({ products: [{ id: 'p1', name: 'name p1' }, null] });
  expect(answer.body.errors).toEqual([
    { message: '所引用的记录不存在或已不可见', path: ['products', 1], extensions: { code: 'NOT_FOUND', reason: 'ENTITY_NOT_FOUND', serviceName: 'names' } },
  ]);
});

it('a null that reaches the root comes with an error', async () => {
  const answer = await fed.query('{ product { id name } }');
  // The router runtime leaves `product: null` rather than nulling `data` as the spec would; the error is what a client acts on.
  expect(answer.body.data?.product).toBeNull();
  expect(answer.body.errors).toEqual([
    { message: '所引用的记录不存在或已不可见', path: ['product'], extensions: { code: 'NOT_FOUND', reason: 'ENTITY_NOT_FOUND', serviceName: 'names' } },
  ]);
});
