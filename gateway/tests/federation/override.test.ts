import { afterAll, beforeAll, expect, it } from 'vitest';
import { federation, startFederation, type Federation } from './harness/start-federation.ts';

/**
 * `@override`: a field moved from `legacy` to `current`. Each subgraph answers with its own name, so
 * the answer shows who resolved it. Plain override and `percent(100)`: always `current`; a label the
 * gateway does not activate (no flag service here) leaves the field with `legacy`, as the spec says
 * for an inactive progressive override.
 */
let fed: Federation;
beforeAll(async () => {
  const product = (from: string) => ({ __resolveReference: (ref: { id: string }) => ref, price: () => from, stock: () => from, rating: () => from });
  fed = await startFederation([
    {
      name: 'legacy',
      typeDefs: `${federation(['@key'])}
        type Query { product: Product }
        type Product @key(fields: "id") { id: ID! price: String stock: String rating: String }`,
      resolvers: { Query: { product: () => ({ id: 'p1' }) }, Product: product('legacy') },
    },
    {
      name: 'current',
      typeDefs: `${federation(['@key', '@override'])}
        type Product @key(fields: "id") {
          id: ID!
          price: String @override(from: "legacy")
          stock: String @override(from: "legacy", label: "percent(100)")
          rating: String @override(from: "legacy", label: "new-ratings")
        }`,
      resolvers: { Product: product('current') },
    },
  ]);
});
afterAll(() => fed.stop());

it('resolves an overridden field in the subgraph that took it over', async () => {
  expect((await fed.query('{ product { price } }')).body).toEqual({ data: { product: { price: 'current' } } });
});

it('sends all traffic of a percent(100) override to the new subgraph', async () => {
  for (let i = 0; i < 5; i++) expect((await fed.query('{ product { stock } }')).body).toEqual({ data: { product: { stock: 'current' } } });
});

it('leaves a field whose override label is not active with the old subgraph', async () => {
  expect((await fed.query('{ product { rating } }')).body).toEqual({ data: { product: { rating: 'legacy' } } });
});
