import { afterAll, beforeAll, expect, it } from 'vitest';
import { federation, startFederation, type Federation } from './harness/start-federation.ts';

/**
 * Root mutation fields run one after another, in the order written (GraphQL spec, "Normal and
 * Serial Execution"), also when they alternate between subgraphs. Each appends to one shared log
 * and answers the log's length when it ran, so any reordering or overlap shows.
 */
const log: string[] = [];
const append = (name: string) => async (_root: unknown, args: { value: number }) => {
  // A slower first step would let a parallel second one overtake it.
  await new Promise((resolve) => setTimeout(resolve, args.value === 1 ? 60 : 5));
  log.push(`${name}${args.value}`);
  return log.length;
};

let fed: Federation;
beforeAll(async () => {
  fed = await startFederation([
    {
      name: 'left',
      typeDefs: `${federation(['@key'])}
        type Query { leftLog: [String!]! }
        type Mutation { addLeft(value: Int!): Int! }`,
      resolvers: { Query: { leftLog: () => log }, Mutation: { addLeft: append('L') } },
    },
    {
      name: 'right',
      typeDefs: `${federation(['@key'])}
        type Mutation { addRight(value: Int!): Int! }`,
      resolvers: { Mutation: { addRight: append('R') } },
    },
  ]);
});
afterAll(() => fed.stop());

it('runs mutation fields serially in document order across subgraphs', async () => {
  const answer = await fed.query('mutation { a: addLeft(value: 1) b: addRight(value: 2) c: addLeft(value: 3) d: addRight(value: 4) }');
  expect(answer.body).toEqual({ data: { a: 1, b: 2, c: 3, d: 4 } });
  expect(log).toEqual(['L1', 'R2', 'L3', 'R4']);
});
