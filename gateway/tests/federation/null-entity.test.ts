import { afterAll, beforeAll, expect, it } from 'vitest';
import { federation, startFederation, type Federation } from './harness/start-federation.ts';

/**
 * An entity the owning subgraph does not know or does not show (its `_entities` answers null).
 * Under a non-null field the answer is nulled up to the nearest nullable parent, as the spec says,
 * and an error says why, so a client never gets `data: null` without `errors` (the attack report's
 * finding 5: a committed write answered with nothing). On a nullable field or list element the
 * null is the answer, without an error: a reference the owner does not show this viewer (a
 * building of another unit) must not fail the list it is in.
 */
let fed: Federation;
beforeAll(async () => {
  fed = await startFederation([
    {
      name: 'catalog',
      typeDefs: `${federation(['@key'])}
        type Query { products: [Product]! product: Product! offers: [Offer!]! }
        type Product @key(fields: "id") { id: ID! }
        type Offer { id: ID! product: Product item: Product! lost: Product! }`,
      resolvers: {
        Query: { products: () => [{ id: 'p1' }, { id: 'p2' }], product: () => ({ id: 'p2' }), offers: () => [{ id: 'o1', product: { id: 'p2' }, item: { id: 'p1' }, lost: { id: 'p2' } }] },
      },
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

it('keeps the known entities and answers null for the one not found, in a nullable list element', async () => {
  const answer = await fed.query('{ products { id name } }');
  expect(answer.body).toEqual({ data: { products: [{ id: 'p1', name: 'name p1' }, null] } });
});

it('answers null without an error for a nullable reference field, also under an alias and a fragment', async () => {
  const answer = await fed.query('{ offers { id product { name } ... on Offer { other: product { name } } item { name } } }');
  expect(answer.body).toEqual({ data: { offers: [{ id: 'o1', product: null, other: null, item: { name: 'name p1' } }] } });
});

it('names the entity not found under a non-null field below a list', async () => {
  const answer = await fed.query('query Lost { offers { id lost { name } } }');
  expect(answer.body.errors).toEqual([
    { message: '所引用的记录不存在或已不可见', path: ['offers', 0, 'lost'], extensions: { code: 'NOT_FOUND', reason: 'ENTITY_NOT_FOUND', serviceName: 'names' } },
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
