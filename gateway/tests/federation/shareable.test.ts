import { afterAll, beforeAll, expect, it } from 'vitest';
import { federation, startFederation, type Federation } from './harness/start-federation.ts';

/**
 * A `@shareable` field both subgraphs resolve: each answers it for the products it returns, so no
 * query needs the other subgraph; a field only one has still comes from that one.
 */
let fed: Federation;
beforeAll(async () => {
  fed = await startFederation([
    {
      name: 'shop',
      typeDefs: `${federation(['@key', '@shareable'])}
        type Query { shopProduct: Product }
        type Product @key(fields: "id") { id: ID! name: String! @shareable price: Int! }`,
      resolvers: {
        Query: { shopProduct: () => ({ id: 'p1', name: 'name from shop' }) },
        Product: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, name: 'name from shop' }), price: () => 42 },
      },
    },
    {
      name: 'warehouse',
      typeDefs: `${federation(['@key', '@shareable'])}
        type Query { warehouseProduct: Product }
        type Product @key(fields: "id") { id: ID! name: String! @shareable stock: Int! }`,
      resolvers: {
        Query: { warehouseProduct: () => ({ id: 'p1', name: 'name from warehouse' }) },
        Product: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, name: 'name from warehouse' }), stock: () => 7 },
      },
    },
  ]);
});
afterAll(() => fed.stop());

it('answers a shareable field from the subgraph already being asked', async () => {
  const answer = await fed.query('{ shopProduct { name price } warehouseProduct { name stock } }');
  expect(answer.body).toEqual({
    data: { shopProduct: { name: 'name from shop', price: 42 }, warehouseProduct: { name: 'name from warehouse', stock: 7 } },
  });
  expect(fed.received.shop?.every((r) => !r.query.includes('_entities'))).toBe(true);
  expect(fed.received.warehouse?.every((r) => !r.query.includes('_entities'))).toBe(true);
});

it('still fetches a field only the other subgraph has', async () => {
  const answer = await fed.query('{ shopProduct { name stock } }');
  expect(answer.body).toEqual({ data: { shopProduct: { name: 'name from shop', stock: 7 } } });
});
