import { beforeAll, expect, it } from 'vitest';
import { DEMO_PEOPLE } from '@jiguan/demo-data/songjiang-people';
import { BUREAU_ID, demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { addMember, as, createTestBranch, dataOf, directoryUrl, partyUrl, sqlStatementCount } from './client.ts';

/** SQL statements do not grow with the rows: a 200-member list with nested fields costs what a 10-member one does. */
const MEMBERS = `query ($first: Int!) { partyMembers(first: $first) { totalCount edges { node {
  status joinedOn monthlyDues unpaidMonths(year: 2026)
  person { id name organization { name } }
  branch { name canManage secretary { name } committee { position person { name } } }
  dues(first: 3) { totalCount edges { node { month amount } } }
  transfers(first: 2) { edges { node { direction counterpart } } }
} } } }`;

async function statementsOnce(first: number) {
  const before = [await sqlStatementCount(partyUrl()), await sqlStatementCount(directoryUrl())];
  const data = dataOf(await as('party', MEMBERS, { first }));
  expect(data.partyMembers.edges).toHaveLength(first);
  const after = [await sqlStatementCount(partyUrl()), await sqlStatementCount(directoryUrl())];
  return { party: (after[0] ?? 0) - (before[0] ?? 0), directory: (after[1] ?? 0) - (before[1] ?? 0) };
}

/**
 * The least of five counts: the directory reads its session table every 2 s in the background (one
 * statement), which may fall inside a request's window; a page of 200 under load takes long enough
 * for that to happen three times running.
 */
async function statementsFor(first: number) {
  const counts = [];
  for (let i = 0; i < 5; i++) counts.push(await statementsOnce(first));
  return { party: Math.min(...counts.map((c) => c.party)), directory: Math.min(...counts.map((c) => c.directory)) };
}

/** The units whose people the other test files make members (each its own, so no two files make one person a member). */
const UNITS_OF_OTHER_TESTS = ['区审计局', '区财政局', '区民政局', '区司法局', '区人社局', '区水务局'].map(demoUnitId);

beforeAll(async () => {
  // Enough members for a page of 200: people of district units no other test uses (the seed's members are the bureau's).
  const { totalCount } = dataOf(await as('party', '{ partyMembers { totalCount } }')).partyMembers;
  if (totalCount >= 200) return;
  const branch = await createTestBranch('批量测试支部');
  const people = DEMO_PEOPLE.filter((p) => p.organizationId !== BUREAU_ID && !p.organizationId.startsWith(`${BUREAU_ID}-`) && !UNITS_OF_OTHER_TESTS.includes(p.organizationId));
  for (const person of people.slice(0, 200 - totalCount)) await addMember(branch, person.id);
}, 120_000);

it('lists 200 members with their person, branch, committee, dues and transfers in as many SQL statements as 10', async () => {
  await statementsFor(2); // warm-up: the first request also opens connections
  const few = await statementsFor(10);
  const many = await statementsFor(200);
  console.log(`partyMembers(first: 10) → ${JSON.stringify(few)}; partyMembers(first: 200) → ${JSON.stringify(many)} SQL statements`);
  expect(many).toEqual(few);
  expect(many.party).toBeLessThanOrEqual(8);
});
