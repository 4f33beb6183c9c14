import { beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from '@jiguan/runner/testing/graphql-client';
import { addMember, as, asDirect, createTestBranch, dataOf, expectError, partyUrl, peopleOf, tokenOfPerson, withToken } from './client.ts';

/** Party dues through the gateway: the brackets at their edges, payments once per month, and whose dues anyone may read. */
let branch = '';
let people: string[] = [];

const MEMBER = 'id monthlyIncome duesRate monthlyDues unpaidMonths(year: 2026) dues(year: 2026) { totalCount edges { node { month amount rate baseIncome paidOn } } }';
const pay = (memberId: string, months: string[], user: Parameters<typeof as>[0] = 'unit', paidOn = '2026-03-05') =>
  as(user, `mutation ($input: RecordDuesPaymentInput!) { recordDuesPayment(input: $input) { ${MEMBER} } }`, { input: { memberId, months, paidOn } });

beforeAll(async () => {
  branch = await createTestBranch('党费测试支部');
  people = await peopleOf('区民政局', 16);
});

describe('Party dues', () => {
  it('take each bracket’s rate up to and including its upper bound', async () => {
    const incomes = ['3000.00', '3000.01', '5000.00', '5000.01', '10000.00', '10000.01'];
    const expected = [
      ['0.005', '15.00'],
      ['0.01', '30.00'],
      ['0.01', '50.00'],
      ['0.015', '75.00'],
      ['0.015', '150.00'],
      ['0.02', '200.00'],
    ];
    for (const [i, monthlyIncome] of incomes.entries()) {
      const id = await addMember(branch, people[10 + i]!, { monthlyIncome });
      const { partyMember } = dataOf(await as('party', 'query ($id: ID!) { partyMember(id: $id) { monthlyIncome duesRate monthlyDues } }', { id }));
      expect([partyMember.duesRate, partyMember.monthlyDues]).toEqual(expected[i]);
    }
  });

  it('are recorded once a month at the declared income, by the branch’s secretary, and owed until then', async () => {
    const id = await addMember(branch, people[0]!, { monthlyIncome: '8000.00', joinedOn: '2015-07-01' });
    const paid = dataOf(await pay(id, ['2026-01-01', '2026-02-15'])).recordDuesPayment;
    expect(paid.dues.edges.map((e: any) => [e.node.month, e.node.amount, e.node.rate])).toEqual([
      ['2026-02-01', '120.00', '0.015'],
      ['2026-01-01', '120.00', '0.015'],
    ]);
    expect(paid.unpaidMonths.slice(0, 2)).toEqual(['2026-03-01', '2026-04-01']);
    expect(paid.unpaidMonths).not.toContain('2026-01-01');

    const again = expectError(await pay(id, ['2026-03-01', '2026-02-01']), 'CONFLICT');
    expect(again?.extensions).toMatchObject({ reason: 'DUES_ALREADY_PAID', params: { month: '2026-02' } });
    expectError(await pay(id, ['2099-01-01']), 'BAD_USER_INPUT', 'input.months');
    expectError(await pay(id, ['2010-01-01']), 'BAD_USER_INPUT', 'input.months');
    expectError(await pay(id, [], 'party'), 'BAD_USER_INPUT', 'input.months');
    const { partyMember } = dataOf(await as('party', `query ($id: ID!) { partyMember(id: $id) { ${MEMBER} } }`, { id }));
    expect(partyMember.dues.totalCount).toBe(2);

    // A new income counts from the next payment; the months paid keep theirs.
    dataOf(await as('party', 'mutation ($input: DeclareMemberIncomeInput!) { declareMemberIncome(input: $input) { id } }', { input: { memberId: id, monthlyIncome: '12000.00' } }));
    const later = dataOf(await pay(id, ['2026-03-01'])).recordDuesPayment;
    expect(later.dues.edges.map((e: any) => e.node.amount)).toEqual(['240.00', '120.00', '120.00']);
  });

  it('are paid once even when two payments of a month arrive at once', async () => {
    const id = await addMember(branch, people[1]!);
    const results = await Promise.all([pay(id, ['2026-04-01']), pay(id, ['2026-04-01'], 'party')]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.find((r) => r.errors)?.errors?.[0]?.extensions?.reason).toBe('DUES_ALREADY_PAID');
  });
});

describe('whose membership and dues a person may read', () => {
  let mine = '';
  let theirs = '';
  let token = '';

  beforeAll(async () => {
    mine = await addMember(branch, people[2]!);
    theirs = await addMember(branch, people[3]!);
    await pay(mine, ['2026-01-01']);
    await pay(theirs, ['2026-01-01']);
    token = await tokenOfPerson('dues-member', people[2]!);
  });

  it('a member reads their own membership and dues', async () => {
    const { myPartyMembership, partyMembers } = dataOf(await withToken(token, `{ myPartyMembership { ${MEMBER} } partyMembers(first: 50) { totalCount edges { node { id } } } }`));
    expect(myPartyMembership.id).toBe(mine);
    expect(myPartyMembership.dues.totalCount).toBe(1);
    expect(partyMembers).toEqual({ totalCount: 1, edges: [{ node: { id: mine } }] });
  });

  it('a member cannot read another member’s membership or dues, by any path', async () => {
    const byId = dataOf(await withToken(token, `query ($id: ID!) { partyMember(id: $id) { ${MEMBER} } }`, { id: theirs }));
    expect(byId.partyMember).toBeNull();
    const byPerson = await withToken(token, 'query ($p: ID!) { person(id: $p) { partyMembership { id dues { totalCount } } } }', { p: people[3] });
    expect(byPerson.data?.person?.partyMembership ?? null).toBeNull();
    const branchView = dataOf(await withToken(token, 'query ($b: ID!) { partyOrganization(id: $b) { memberCount } }', { b: branch }));
    expect(branchView.partyOrganization.memberCount).toBe(1);
  });

  it('nor through _entities sent to the party subgraph itself', async () => {
    const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on PartyMember { id dues { totalCount } } ... on Person { partyMembership { id } } } }';
    const representations = [
      { __typename: 'PartyMember', id: theirs },
      { __typename: 'Person', id: people[3] },
    ];
    const asMember = await postGraphQL(partyUrl(), ENTITIES, { token, variables: { r: representations } });
    expect(asMember.data?._entities).toEqual([null, { partyMembership: null }]);
    // `unit` is the branch's secretary: it sees them.
    const asSecretary = await asDirect('unit', ENTITIES, { r: representations });
    expect(asSecretary.data?._entities).toEqual([{ id: theirs, dues: { totalCount: 1 } }, { partyMembership: { id: theirs } }]);
  });

  it('a leader reads every member’s dues, and may not record one', async () => {
    const { partyMember } = dataOf(await as('leader', 'query ($id: ID!) { partyMember(id: $id) { dues { totalCount } } }', { id: theirs }));
    expect(partyMember.dues.totalCount).toBe(1);
    expectError(await pay(theirs, ['2026-02-01'], 'leader'), 'FORBIDDEN');
  });
});
