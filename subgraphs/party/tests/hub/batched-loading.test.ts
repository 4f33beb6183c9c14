import { beforeAll, expect, it } from 'vitest';
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

/** The least of three counts: the directory reads its session table every 2 s in the background. */
async function statementsFor(first: number) {
  const counts = [await statementsOnce(first), await statementsOnce(first), await statementsOnce(first)];
  return { party: Math.min(...counts.map((c) => c.party)), directory: Math.min(...counts.map((c) => c.directory)) };
}

beforeAll(async () => {
  // Enough members for a page of 200, from units the other tests leave alone.
  const { totalCount } = dataOf(await as('party', '{ partyMembers { totalCount } }')).partyMembers;
  if (totalCount >= 200) return;
  const branch = await createTestBranch('批量测试支部');
  const { people } = dataOf(await as('admin', '{ people(first: 200, filter: { search: "" }) { edges { node { id organization { name } } } } }'));
  const { partyMembers } = dataOf(await as('party', '{ partyMembers(first: 200) { edges { node { person { id } } } } }'));
  const members = new Set(partyMembers.edges.map((e: any) => e.node.person.id));
  const candidates = (people.edges as any[]).map((e) => e.node).filter((p) => !members.has(p.id) && !['区审计局', '区财政局'].includes(p.organization.name));
  for (const person of candidates.slice(0, 200 - totalCount)) await addMember(branch, person.id);
}, 120_000);

it('lists 200 members with their person, branch, committee, dues and transfers in as many SQL statements as 10', async () => {
  await statementsFor(2); // warm-up: the first request also opens connections
  const few = await statementsFor(10);
  const many = await statementsFor(200);
  console.log(`partyMembers(first: 10) → ${JSON.stringify(few)}; partyMembers(first: 200) → ${JSON.stringify(many)} SQL statements`);
  expect(many).toEqual(few);
  expect(many.party).toBeLessThanOrEqual(8);
});
