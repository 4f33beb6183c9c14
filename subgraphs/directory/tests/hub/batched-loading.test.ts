import { loginAs, postGraphQL, sqlStatementCount } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { expect, it } from 'vitest';

const hub = testHub();
const UNITS = 'query ($first: Int!) { organizations(first: $first) { edges { node { name parent { name } people { totalCount } } } } }';

/** SQL statements the directory runs for one request of `first` units. */
async function statementsOnce(token: string, first: number) {
  const url = hub.subgraphUrls.directory ?? '';
  const before = await sqlStatementCount(url);
  const result = await postGraphQL(hub.gatewayUrl, UNITS, { token, variables: { first } });
  expect(result.errors).toBeUndefined();
  expect(result.data?.organizations.edges).toHaveLength(first);
  return (await sqlStatementCount(url)) - before;
}

/** The least of three counts: the directory's background read of its session table (every 2 s) may fall inside one request's window. */
async function statementsFor(token: string, first: number) {
  return Math.min(await statementsOnce(token, first), await statementsOnce(token, first), await statementsOnce(token, first));
}

it('loads units with their parent and head count in a number of SQL statements that does not grow with the units', async () => {
  const token = await loginAs(hub.gatewayUrl, 'leader', 'Demo@2024');
  await statementsFor(token, 2); // warm-up: the first request also opens connections
  const few = await statementsFor(token, 5);
  const many = await statementsFor(token, 50);
  console.log(`organizations(first: 5) → ${few} SQL statements; organizations(first: 50) → ${many}`);
  expect(many).toBe(few);
  expect(many).toBeLessThanOrEqual(4);
});
