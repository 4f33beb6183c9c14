import { afterAll, beforeAll, expect, it } from 'vitest';
import { federation, startFederation, type Federation } from './harness/start-federation.ts';

/**
 * `@inaccessible`: a field and an enum value that stay in the supergraph (other subgraphs may
 * require them) but are not part of the API a client sees: asking for them is a validation error,
 * and introspection does not list them. A field that requires the inaccessible one still works.
 */
let fed: Federation;
beforeAll(async () => {
  fed = await startFederation([
    {
      name: 'catalog',
      typeDefs: `${federation(['@key', '@inaccessible'])}
        type Query { product: Product }
        enum Tier { BASIC PREMIUM SECRET @inaccessible }
        type Product @key(fields: "id") { id: ID! tier: Tier! internalCode: String! @inaccessible }`,
      resolvers: {
        Query: { product: () => ({ id: 'p1' }) },
        Product: { __resolveReference: (ref: { id: string }) => ref, tier: () => 'PREMIUM', internalCode: () => 'X-42' },
      },
    },
    {
      name: 'labels',
      typeDefs: `${federation(['@key', '@external', '@requires'])}
        type Product @key(fields: "id") { id: ID! internalCode: String! @external label: String! @requires(fields: "internalCode") }`,
      resolvers: { Product: { __resolveReference: (ref: Record<string, unknown>) => ref, label: (p: { internalCode: string }) => `label of ${p.internalCode}` } },
    },
  ], { env: { GATEWAY_ANONYMOUS_INTROSPECTION: '1' } }); // the case signs nobody in; introspection is its subject
});
afterAll(() => fed.stop());

it('refuses a query for an inaccessible field as invalid, naming it', async () => {
  const answer = await fed.query('{ product { id internalCode } }');
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(answer.body.errors?.[0]?.message).toContain('internalCode');
});

it('leaves inaccessible elements out of introspection', async () => {
  const answer = await fed.query('{ product: __type(name: "Product") { fields { name } } tier: __type(name: "Tier") { enumValues { name } } }');
  expect(answer.body).toEqual({
    data: { product: { fields: [{ name: 'id' }, { name: 'tier' }, { name: 'label' }] }, tier: { enumValues: [{ name: 'BASIC' }, { name: 'PREMIUM' }] } },
  });
});

it('still lets another subgraph require the inaccessible field', async () => {
  expect((await fed.query('{ product { tier label } }')).body).toEqual({ data: { product: { tier: 'PREMIUM', label: 'label of X-42' } } });
});
