import { afterAll, beforeAll, expect, it } from 'vitest';
import { federation, startFederation, type Federation } from './harness/start-federation.ts';

/**
 * `@provides`: `reviews` returns each review's author with the `username` it already knows, so a
 * query for only that is answered by `reviews` alone; `email` still comes from `accounts`.
 */
let fed: Federation;
beforeAll(async () => {
  fed = await startFederation([
    {
      name: 'accounts',
      typeDefs: `${federation(['@key', '@shareable'])}
        type User @key(fields: "id") { id: ID! username: String! @shareable email: String! }`,
      resolvers: {
        User: {
          __resolveReference: (ref: { id: string }) => ({ id: ref.id, username: `from-accounts-${ref.id}`, email: `${ref.id}@example.org` }),
        },
      },
    },
    {
      name: 'reviews',
      typeDefs: `${federation(['@key', '@external', '@provides'])}
        type Query { reviews: [Review!]! }
        type Review { body: String! author: User! @provides(fields: "username") }
        type User @key(fields: "id") { id: ID! username: String! @external }`,
      resolvers: { Query: { reviews: () => [{ body: 'good', author: { id: 'u1', username: 'from-reviews-u1' } }] } },
    },
  ]);
});
afterAll(() => fed.stop());

it('answers a provided field from the providing subgraph, without asking the owner', async () => {
  const before = fed.received.accounts?.length ?? 0;
  const answer = await fed.query('{ reviews { author { username } } }');
  expect(answer.body).toEqual({ data: { reviews: [{ author: { username: 'from-reviews-u1' } }] } });
  expect(fed.received.accounts?.length ?? 0).toBe(before);
});

it('fetches the fields that were not provided from the owner', async () => {
  const answer = await fed.query('{ reviews { author { username email } } }');
  expect(answer.body).toEqual({ data: { reviews: [{ author: { username: 'from-reviews-u1', email: 'u1@example.org' } }] } });
});
