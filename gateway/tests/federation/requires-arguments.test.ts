import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { federation, startFederation, type Federation } from './harness/start-federation.ts';

/**
 * `@requires` of a field with arguments. `shipping` (subgraph `shipping`) needs the product's
 * `price(currency: …)` from subgraph `catalog`; the argument in the requires' field set is what the
 * gateway must send, whatever the caller asked for the same field.
 * price(EUR) = 10, price(USD) = 12, price with no argument = its default, EUR.
 */
const PRICES: Record<string, number> = { EUR: 10, USD: 12, CNY: 80 };

let fed: Federation;
beforeAll(async () => {
  fed = await startFederation([
    {
      name: 'catalog',
      typeDefs: `${federation(['@key', '@shareable'])}
        type Query { product: Product }
        type Product @key(fields: "id") {
          id: ID!
          price(currency: String = "EUR"): Int
          comments(limit: Int!): [String!]!
        }`,
      resolvers: {
        Query: { product: () => ({ id: 'p1' }) },
        Product: {
          __resolveReference: (ref: { id: string }) => ref,
          price: (_p: unknown, args: { currency: string }) => PRICES[args.currency] ?? null,
          comments: (_p: unknown, args: { limit: number }) => ['a', 'b', 'c', 'd'].slice(0, args.limit),
        },
      },
    },
    {
      name: 'shipping',
      typeDefs: `${federation(['@key', '@external', '@requires'])}
        type Product @key(fields: "id") {
          id: ID!
          price(currency: String = "EUR"): Int @external
          comments(limit: Int!): [String!]! @external
          usdShipping: Int @requires(fields: "price(currency: \\"USD\\")")
          eurShipping: Int @requires(fields: "price(currency: \\"EUR\\")")
          commentCount: Int @requires(fields: "comments(limit: 3)")
        }`,
      resolvers: {
        Product: {
          __resolveReference: (ref: Record<string, unknown>) => ref,
          // Shipping is half the price it was given; null when the gateway sent none.
          usdShipping: (p: { price?: number }) => (p.price === undefined ? null : p.price / 2),
          eurShipping: (p: { price?: number }) => (p.price === undefined ? null : p.price / 2),
          commentCount: (p: { comments?: string[] }) => p.comments?.length ?? null,
        },
      },
    },
  ]);
});
afterAll(() => fed.stop());

describe('@requires with arguments', () => {
  it('sends the literal argument of the requires, not the caller’s', async () => {
    const answer = await fed.query('{ product { price(currency: "CNY") usdShipping } }');
    expect(answer.body).toEqual({ data: { product: { price: 80, usdShipping: 6 } } });
  });

  it('answers the caller’s field from a variable with a default, independently of the requires', async () => {
    const query = 'query ($c: String = "USD") { product { price(currency: $c) eurShipping } }';
    expect((await fed.query(query)).body).toEqual({ data: { product: { price: 12, eurShipping: 5 } } });
    expect((await fed.query(query, { c: 'CNY' })).body).toEqual({ data: { product: { price: 80, eurShipping: 5 } } });
  });

  it('does the same through fragments', async () => {
    const query = `query { product { ...P ... on Product { usdShipping } } }
      fragment P on Product { price(currency: "EUR") eurShipping }`;
    expect((await fed.query(query)).body).toEqual({ data: { product: { price: 10, eurShipping: 5, usdShipping: 6 } } });
  });

  it('fetches each of two requires with conflicting arguments with its own argument', async () => {
    const answer = await fed.query('{ product { usdShipping eurShipping } }');
    expect(answer.body).toEqual({ data: { product: { usdShipping: 6, eurShipping: 5 } } });
  });

  it('keeps a caller’s comments(limit: 1) apart from the requires’ comments(limit: 3)', async () => {
    const answer = await fed.query('{ product { comments(limit: 1) commentCount } }');
    expect(answer.body).toEqual({ data: { product: { comments: ['a'], commentCount: 3 } } });
  });
});
