import { afterAll, beforeAll, expect, it } from 'vitest';
import { federation, startFederation, type Federation } from './harness/start-federation.ts';

/**
 * `@interfaceObject`: `accounts` owns the entity interface `Account` and its types (User, Admin);
 * `billing` sees Account as one object type and adds `balance` to every implementation. The
 * gateway must fetch `balance` from billing for each account, and the real `__typename` (and
 * type-specific fields) from accounts for an Account that billing returns.
 */
const ACCOUNTS: Record<string, { __typename: string; id: string; name: string; level?: number }> = {
  u1: { __typename: 'User', id: 'u1', name: 'Wang' },
  a1: { __typename: 'Admin', id: 'a1', name: 'Li', level: 3 },
};
const BALANCES: Record<string, number> = { u1: 100, a1: 250 };

let fed: Federation;
beforeAll(async () => {
  fed = await startFederation([
    {
      name: 'accounts',
      typeDefs: `${federation(['@key'], '2.3')}
        type Query { accounts: [Account!]! }
        interface Account @key(fields: "id") { id: ID! name: String! }
        type User implements Account @key(fields: "id") { id: ID! name: String! }
        type Admin implements Account @key(fields: "id") { id: ID! name: String! level: Int! }`,
      resolvers: {
        Query: { accounts: () => Object.values(ACCOUNTS) },
        Account: { __resolveReference: (ref: { id: string }) => ACCOUNTS[ref.id], __resolveType: (a: { __typename: string }) => a.__typename },
        User: { __resolveReference: (ref: { id: string }) => ACCOUNTS[ref.id] },
        Admin: { __resolveReference: (ref: { id: string }) => ACCOUNTS[ref.id] },
      },
    },
    {
      name: 'billing',
      typeDefs: `${federation(['@key', '@interfaceObject'], '2.3')}
        type Query { richest: Account }
        type Account @key(fields: "id") @interfaceObject { id: ID! balance: Int! }`,
      resolvers: {
        Query: { richest: () => ({ id: 'a1', balance: BALANCES.a1 }) },
        Account: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, balance: BALANCES[ref.id] }) },
      },
    },
  ]);
});
afterAll(() => fed.stop());

it('adds the interface object’s field to every implementation', async () => {
  const answer = await fed.query('{ accounts { __typename id name balance ... on Admin { level } } }');
  expect(answer.body).toEqual({
    data: {
      accounts: [
        { __typename: 'User', id: 'u1', name: 'Wang', balance: 100 },
        { __typename: 'Admin', id: 'a1', name: 'Li', balance: 250, level: 3 },
      ],
    },
  });
});

it('finds the real type, and its own fields, of an account the interface object returned', async () => {
  const answer = await fed.query('{ richest { __typename id balance name ... on Admin { level } ... on User { id } } }');
  expect(answer.body).toEqual({ data: { richest: { __typename: 'Admin', id: 'a1', balance: 250, name: 'Li', level: 3 } } });
});
