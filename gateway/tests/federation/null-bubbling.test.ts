import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { federation, startFederation, type Federation } from './harness/start-federation.ts';

/**
 * A non-null field resolved in another subgraph fails for one entity: per the GraphQL spec its
 * null propagates to the nearest nullable parent (here the product in a nullable list position),
 * the rest of the answer stays, and the subgraph's error is kept with its path, code and service.
 */
let fed: Federation;
beforeAll(async () => {
  fed = await startFederation([
    {
      name: 'catalog',
      typeDefs: `${federation(['@key'])}
        type Query { products: [Product]! }
        type Product @key(fields: "id") { id: ID! }`,
      resolvers: { Query: { products: () => [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }] } },
    },
    {
      name: 'names',
      typeDefs: `${federation(['@key'])}
        type Product @key(fields: "id") { id: ID! name: String! }`,
      resolvers: {
        Product: {
          __resolveReference: (ref: { id: string }) => ref,
          name: (p: { id: string }) => {
            if (p.id === 'p2') throw new GraphQLError('名称不存在', { extensions: { code: 'NOT_FOUND' } });
            return `name ${p.id}`;
          },
        },
      },
    },
  ]);
});
afterAll(() => fed.stop());

it('nulls the nearest nullable parent of the failed non-null field and keeps its error', async () => {
  const answer = await fed.query('{ products { id name } }');
  expect(answer.body.data).toEqual({ products: [{ id: 'p1', name: 'name p1' }, null, { id: 'p3', name: 'name p3' }] });
  expect(answer.body.errors).toEqual([
    { message: '名称不存在', path: ['products', 1, 'name'], extensions: { code: 'NOT_FOUND', serviceName: 'names' } },
  ]);
});
