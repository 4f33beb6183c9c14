import { beforeAll, describe, expect, it } from 'vitest';
import { addMember, AUDIT_UNIT, as, asDirect, createTestBranch, dataOf, expectError, peopleOf } from './client.ts';

/**
 * Every mutation refuses bad input with BAD_USER_INPUT naming the field (NOT_FOUND for an unknown
 * id), and writes nothing: the row counts of every table and the audit trail stay as they were.
 */
const ids = { branch: '', member: '', candidate: '', probationary: '', letter: '', task: '', person: '', other: '' };

const CENSUS = `query ($branch: ID!, $member: ID!) {
  partyOrganizations { totalCount } partyMembers { totalCount } candidates { totalCount } partyMeetings { totalCount }
  educationActivities { totalCount } responsibilityLetters { totalCount } honours { totalCount } cadreAppointments { totalCount }
  rectificationTasks { totalCount } partyAuditRecords { totalCount }
  partyOrganization(id: $branch) { termEndOn secretary { id } committee { id position } reElections { totalCount } }
  partyMember(id: $member) { status monthlyIncome dues { totalCount } transfers { totalCount } }
  letter: responsibilityLetters(first: 200) { edges { node { id signatures { totalCount } } } }
  stages: candidates(first: 200) { edges { node { id stage probationEndsOn steps { totalCount } } } }
  tasks: rectificationTasks(first: 200) { edges { node { id status evidence } } }
}`;
const census = async () => dataOf(await as('party', CENSUS, { branch: ids.branch, member: ids.member }));

const tooLong = '长'.repeat(501);
const step = (field: string, input: object, type = 'CandidateStepInput') => [field, `mutation ($input: ${type}!) { ${field}(input: $input) { id } }`, { input }] as const;

beforeAll(async () => {
  ids.branch = await createTestBranch('坏输入测试支部');
  const people = await peopleOf('区人社局', 6);
  ids.person = people[0]!;
  ids.other = people[5]!;
  ids.member = await addMember(ids.branch, people[1]!);
  await addMember(ids.branch, people[2]!);
  const apply = async (personId: string) =>
    dataOf(await as('party', 'mutation ($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id } }', { input: { personId, branchId: ids.branch, appliedOn: '2023-01-05' } })).applyForMembership.id as string;
  ids.candidate = await apply(people[3]!);
  ids.probationary = await apply(people[4]!);
  const run = async (field: string, input: object, type = 'CandidateStepInput') => dataOf(await as('party', `mutation ($input: ${type}!) { ${field}(input: $input) { id } }`, { input }));
  await run('putCandidateOnRecord', { id: ids.probationary, decidedOn: '2023-02-01', decision: '某' });
  await run('makeDevelopmentTarget', { id: ids.probationary, decidedOn: '2024-02-01', decision: '某' });
  await run('recordPoliticalReview', { id: ids.probationary, decidedOn: '2024-03-01', decision: '某' });
  await run('admitProbationaryMember', { id: ids.probationary, decidedOn: '2026-06-01', decision: '某', introducerPersonIds: [people[1], people[2]], monthlyIncome: '5000.00' }, 'AdmitProbationaryMemberInput');
  ids.letter = dataOf(
    await as('party', 'mutation ($input: CreateResponsibilityLetterInput!) { createResponsibilityLetter(input: $input) { id } }', { input: { partyOrganizationId: ids.branch, kind: 'PLEDGE', title: '测试承诺书', year: 2026 } }),
  ).createResponsibilityLetter.id;
  ids.task = dataOf(
    await as('party', 'mutation ($input: CreateRectificationTaskInput!) { createRectificationTask(input: $input) { id } }', {
      input: { partyOrganizationId: ids.branch, source: '区委第二巡察组', item: '测试整改', ownerPersonId: ids.person, dueOn: '2026-12-31' },
    }),
  ).createRectificationTask.id;
  await run('startRectificationTask', { id: ids.task }, 'RectificationTaskStepInput');
});

/** [mutation, query, variables, expected code, expected field] */
const cases = (): [string, string, Record<string, unknown>, string, string?][] => [
  ['createPartyOrganization', 'mutation ($input: CreatePartyOrganizationInput!) { createPartyOrganization(input: $input) { id } }', { input: { kind: 'BRANCH', name: '坏支部', organizationId: AUDIT_UNIT, isJointBranch: false, foundedOn: '2024-01-01', termStartOn: '2024-01-01', termEndOn: '2023-12-31' } }, 'BAD_USER_INPUT', 'input.termEndOn'],
  ['createPartyOrganization (ghost unit)', 'mutation ($input: CreatePartyOrganizationInput!) { createPartyOrganization(input: $input) { id } }', { input: { kind: 'BRANCH', name: '幽灵支部', organizationId: 'org-no-such', isJointBranch: false, foundedOn: '2024-01-01', termStartOn: '2024-01-01', termEndOn: '2027-01-01' } }, 'BAD_USER_INPUT', 'input.organizationId'],
  ['setCommitteeMember', 'mutation ($input: SetCommitteeMemberInput!) { setCommitteeMember(input: $input) { id } }', { input: { partyOrganizationId: ids.branch, personId: 'person-no-such', position: 'MEMBER' } }, 'BAD_USER_INPUT', 'input.personId'],
  ['removeCommitteeMember', 'mutation ($input: RemoveCommitteeMemberInput!) { removeCommitteeMember(input: $input) { id } }', { input: { partyOrganizationId: ids.branch, personId: ids.other } }, 'BAD_USER_INPUT', 'input.personId'],
  ['recordReElection', 'mutation ($input: RecordReElectionInput!) { recordReElection(input: $input) { id } }', { input: { partyOrganizationId: ids.branch, heldOn: '2026-01-10', termStartOn: '2026-01-10', termEndOn: '2029-01-09', secretaryPersonId: ids.person, result: '  ' } }, 'BAD_USER_INPUT', 'input.result'],
  ['transferMemberIn', 'mutation ($input: TransferMemberInInput!) { transferMemberIn(input: $input) { id } }', { input: { personId: ids.person, branchId: ids.branch, status: 'FULL', joinedOn: '2015-01-01', monthlyIncome: '5000.00', transferredOn: '2026-01-01', counterpart: '某' } }, 'BAD_USER_INPUT', 'input.fullOn'],
  ['transferMemberOut', 'mutation ($input: TransferMemberOutInput!) { transferMemberOut(input: $input) { id } }', { input: { memberId: ids.member, transferredOn: '2026-01-01', counterpart: tooLong } }, 'BAD_USER_INPUT', 'input.counterpart'],
  ['declareMemberIncome', 'mutation ($input: DeclareMemberIncomeInput!) { declareMemberIncome(input: $input) { id } }', { input: { memberId: ids.member, monthlyIncome: '-1' } }, 'BAD_USER_INPUT', 'input.monthlyIncome'],
  ['recordDuesPayment', 'mutation ($input: RecordDuesPaymentInput!) { recordDuesPayment(input: $input) { id } }', { input: { memberId: ids.member, months: ['2026-01-01'], paidOn: '2099-01-01' } }, 'BAD_USER_INPUT', 'input.paidOn'],
  ['applyForMembership', 'mutation ($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id } }', { input: { personId: 'person-no-such', branchId: ids.branch, appliedOn: '2026-01-01' } }, 'BAD_USER_INPUT', 'input.personId'],
  [...step('putCandidateOnRecord', { id: ids.candidate, decidedOn: '2026-01-01', decision: '' }), 'BAD_USER_INPUT', 'input.decision'],
  [...step('makeDevelopmentTarget', { id: 'no-such-candidate', decidedOn: '2026-01-01', decision: '某' }), 'NOT_FOUND'],
  [...step('recordPoliticalReview', { id: ids.candidate, decidedOn: '2026-01-01', decision: tooLong }), 'BAD_USER_INPUT', 'input.decision'],
  [...step('admitProbationaryMember', { id: ids.candidate, decidedOn: '2026-01-01', decision: '某', introducerPersonIds: [], monthlyIncome: '-1' }, 'AdmitProbationaryMemberInput'), 'BAD_USER_INPUT', 'input.monthlyIncome'],
  [...step('confirmFullMember', { id: ids.probationary, decidedOn: '2022-01-01', decision: '某' }), 'BAD_USER_INPUT', 'input.decidedOn'],
  [...step('extendProbation', { id: ids.probationary, decidedOn: '2026-11-01', decision: '某', until: '2030-01-01' }, 'ExtendProbationInput'), 'BAD_USER_INPUT', 'input.until'],
  [...step('cancelCandidate', { id: ids.candidate, decidedOn: '2099-01-01', decision: '某' }), 'BAD_USER_INPUT', 'input.decidedOn'],
  ['recordPartyMeeting', 'mutation ($input: RecordPartyMeetingInput!) { recordPartyMeeting(input: $input) { id } }', { input: { partyOrganizationId: ids.branch, kind: 'THEME_DAY', heldOn: '2026-01-01', topic: '某', attendance: [{ personId: ids.other, present: true }] } }, 'BAD_USER_INPUT', 'input.attendance.0.personId'],
  ['recordEducationActivity', 'mutation ($input: RecordEducationActivityInput!) { recordEducationActivity(input: $input) { id } }', { input: { partyOrganizationId: ids.branch, kind: 'VISIT', title: '参观', heldOn: '2026-01-01', participants: -1 } }, 'BAD_USER_INPUT', 'input.participants'],
  ['createResponsibilityLetter', 'mutation ($input: CreateResponsibilityLetterInput!) { createResponsibilityLetter(input: $input) { id } }', { input: { partyOrganizationId: ids.branch, kind: 'PLEDGE', title: '承诺书', year: 1900 } }, 'BAD_USER_INPUT', 'input.year'],
  ['signResponsibilityLetter', 'mutation ($input: SignResponsibilityLetterInput!) { signResponsibilityLetter(input: $input) { id } }', { input: { letterId: ids.letter, personId: ids.person, signedOn: '2099-01-01' } }, 'BAD_USER_INPUT', 'input.signedOn'],
  ['awardHonour', 'mutation ($input: AwardHonourInput!) { awardHonour(input: $input) { id } }', { input: { partyOrganizationId: ids.branch, kind: 'INDIVIDUAL', title: '优秀共产党员', awardedBy: '区委', awardedOn: '2026-01-01' } }, 'BAD_USER_INPUT', 'input.personId'],
  ['recordCadreAppointment', 'mutation ($input: RecordCadreAppointmentInput!) { recordCadreAppointment(input: $input) { id } }', { input: { personId: ids.person, organizationId: AUDIT_UNIT, position: '科长', level: 'SECTION_CHIEF', proposedOn: '2026-03-01', publicNoticeOn: '2026-03-10', appointedOn: '2026-03-05' } }, 'BAD_USER_INPUT', 'input.appointedOn'],
  ['createRectificationTask', 'mutation ($input: CreateRectificationTaskInput!) { createRectificationTask(input: $input) { id } }', { input: { partyOrganizationId: ids.branch, source: '某', item: '', ownerPersonId: ids.person, dueOn: '2026-12-31' } }, 'BAD_USER_INPUT', 'input.item'],
  ['startRectificationTask', 'mutation ($input: RectificationTaskStepInput!) { startRectificationTask(input: $input) { id } }', { input: { id: 'no-such-task' } }, 'NOT_FOUND'],
  ['completeRectificationTask', 'mutation ($input: CompleteRectificationTaskInput!) { completeRectificationTask(input: $input) { id } }', { input: { id: ids.task, evidence: ' ', doneOn: '2026-01-01' } }, 'BAD_USER_INPUT', 'input.evidence'],
  ['verifyRectificationTask', 'mutation ($input: RectificationTaskStepInput!) { verifyRectificationTask(input: $input) { id } }', { input: { id: '' } }, 'BAD_USER_INPUT', 'input.id'],
  ['rejectRectificationTask', 'mutation ($input: RejectRectificationTaskInput!) { rejectRectificationTask(input: $input) { id } }', { input: { id: ids.task, note: '' } }, 'BAD_USER_INPUT', 'input.note'],
];

describe('bad input writes nothing', () => {
  it('covers every mutation of the schema', async () => {
    const { __schema } = dataOf(await asDirect('party', '{ __schema { mutationType { fields { name } } } }'));
    const mutations = (__schema.mutationType.fields as { name: string }[]).map((f) => f.name);
    const covered = new Set(cases().map(([name]) => name.split(' ')[0]));
    expect(mutations.filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(cases().map(([name]) => name))('%s', async (name) => {
    const [, query, variables, code, field] = cases().find((c) => c[0] === name) ?? [];
    if (!query || !variables || !code) throw new Error(`no case ${name}`);
    const before = await census();
    expectError(await as('party', query, variables), code, field);
    expect(await census()).toEqual(before);
  });
});
