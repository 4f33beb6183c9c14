import { afterAll, beforeAll, expect, it } from 'vitest';
import { federation, startFederation, type Federation } from './harness/start-federation.ts';

/**
 * A key with `resolvable: false`: `reviews` can name a Product (by id) but cannot resolve one, so
 * the gateway must never send it `_entities` for Product; the product's fields come from `catalog`.
 */
let fed: Federation;
beforeAll(async () => {
  fed = await startFederation([
    {
      name: 'catalog',
      typeDefs: `${federation(['@key'])}
        type Query { products: [Product!]! }
        type Product @key(fields: "id") { id: ID! name: String! }`,
      resolvers: {
        Query: { products: () => [{ id: 'p1' }, { id: 'p2' }] },
        Product: { __resolveReference: (ref: { id: string }) => ref, name: (p: { id: string }) => `product ${p.id}` },
      },
    },
    {
      name: 'reviews',
      typeDefs: `${federation(['@key'])}
        type Query { reviews: [Review!]! }
        type Review { body: String! product: Product! }
        type Product @key(fields: "id", resolvable: false) { id: ID! }`,
      resolvers: { Query: { reviews: () => [{ body: 'good', product: { id: 'p2' } }] } },
    },
  ]);
});
afterAll(() => fed.stop());

it('resolves a product named by a non-resolvable key in the subgraph that can', async () => {
  const answer = await fed.query('{ reviews { body product { id name } } }');
  expect(answer.body).toEqual({ data: { reviews: [{ body: 'good', product: { id: 'p2', name: 'product p2' } }] } });
});

it('never asks the non-resolvable subgraph for the entity', async () => {
  const answer = await fed.query('{ products { id name } }');
  expect(answer.body).toEqual({ data: { products: [{ id: 'p1', name: 'product p1' }, { id: 'p2', name: 'product p2' }] } });
  expect(fed.received.reviews?.some((r) => r.query.includes('_entities'))).toBe(false);
});
