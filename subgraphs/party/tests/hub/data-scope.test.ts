import { beforeAll, describe, expect, it } from 'vitest';
import { addMember, as, createTestBranch, dataOf, expectError, peopleOf, SECRETARY, tokenOfPerson, withToken } from './client.ts';

/**
 * Who sees which party rows: Party staff, leaders and admins every row; a branch's secretary its
 * members, candidates, dues and activities; a member their own records and their branch's
 * activities; a unit user of the same unit nothing of a branch they are not in; another
 * department's staff (scope ALL) no party lists at all (not a reader of the domain).
 */
let branch = '';
let otherBranch = '';
let people: string[] = [];

const LISTS = `query ($b: ID!, $o: ID!) {
  mine: partyMembers(filter: { branchId: $b }) { totalCount }
  theirs: partyMembers(filter: { branchId: $o }) { totalCount }
  candidates(filter: { branchId: $b }) { totalCount }
  otherCandidates: candidates(filter: { branchId: $o }) { totalCount }
  partyMeetings(filter: { partyOrganizationId: $o }) { totalCount }
  partyOrganizations { totalCount }
}`;

beforeAll(async () => {
  people = await peopleOf('区水务局', 7);
  branch = await createTestBranch('范围测试支部');
  // Another branch of the same unit, with another secretary.
  otherBranch = await createTestBranch('范围测试二支部', { secretaryPersonId: people[5]! });
  for (const person of people.slice(0, 2)) await addMember(branch, person);
  for (const person of people.slice(2, 4)) await addMember(otherBranch, person);
  for (const [branchId, personId] of [
    [branch, people[4]],
    [otherBranch, people[6]],
  ]) {
    dataOf(await as('party', 'mutation ($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id } }', { input: { personId, branchId, appliedOn: '2025-02-01' } }));
  }
  dataOf(
    await as('party', 'mutation ($input: RecordPartyMeetingInput!) { recordPartyMeeting(input: $input) { id } }', {
      input: { partyOrganizationId: otherBranch, kind: 'THEME_DAY', heldOn: '2025-03-01', topic: '主题党日', attendance: [{ personId: people[2], present: true }] },
    }),
  );
});

describe('the party data scope', () => {
  it('Party staff and leaders see every row', async () => {
    for (const user of ['party', 'leader'] as const) {
      const data = dataOf(await as(user, LISTS, { b: branch, o: otherBranch }));
      expect([data.mine.totalCount, data.theirs.totalCount, data.candidates.totalCount, data.otherCandidates.totalCount, data.partyMeetings.totalCount]).toEqual([2, 2, 1, 1, 1]);
    }
  });

  it('a branch secretary sees their branch’s members and candidates, not another branch’s rows, even of their own unit', async () => {
    const data = dataOf(await as('unit', LISTS, { b: branch, o: otherBranch }));
    // `unit` (the person SECRETARY) is secretary of `branch`; both branches are set up in 区审计局, the account’s unit.
    expect(SECRETARY).toBe('person-demo-unit');
    expect([data.mine.totalCount, data.theirs.totalCount, data.candidates.totalCount, data.otherCandidates.totalCount, data.partyMeetings.totalCount]).toEqual([2, 0, 1, 0, 0]);
  });

  it('a member sees their own membership only, and their branch’s meetings', async () => {
    const token = await tokenOfPerson('scope-member', people[2]!);
    const data = dataOf(await withToken(token, LISTS, { b: branch, o: otherBranch }));
    expect([data.mine.totalCount, data.theirs.totalCount, data.candidates.totalCount, data.otherCandidates.totalCount, data.partyMeetings.totalCount]).toEqual([0, 1, 0, 0, 1]);
  });

  it('a unit user in none of these branches sees none of their activities', async () => {
    const [outsider] = await peopleOf('区财政局', 1);
    const token = await tokenOfPerson('scope-outsider', outsider!);
    const data = dataOf(await withToken(token, LISTS, { b: branch, o: otherBranch }));
    expect([data.mine.totalCount, data.theirs.totalCount, data.candidates.totalCount, data.otherCandidates.totalCount, data.partyMeetings.totalCount]).toEqual([0, 0, 0, 0, 0]);
    expect(data.partyOrganizations.totalCount).toBeGreaterThanOrEqual(2);
  });

  it('the demo secretary reads the name of every member of their branch, whichever section of the bureau they work in', async () => {
    const { myPartyMembership } = dataOf(await as('secretary', '{ myPartyMembership { branch { id name canManage } } }'));
    expect(myPartyMembership.branch).toMatchObject({ name: '第二党支部', canManage: true });
    const { partyMembers } = dataOf(
      await as('secretary', 'query ($b: ID!) { partyMembers(first: 200, filter: { branchId: $b }) { totalCount edges { node { person { name organization { name } } unpaidMonths(year: 2026) } } } }', { b: myPartyMembership.branch.id }),
    );
    const sections = new Set(partyMembers.edges.map((e: any) => e.node.person.organization.name));
    expect(partyMembers.totalCount).toBeGreaterThan(2);
    expect(sections.size).toBeGreaterThan(1);
  });

  it('another department’s staff is no reader of the domain', async () => {
    expectError(await as('assets', LISTS, { b: branch, o: otherBranch }), 'FORBIDDEN');
  });
});
