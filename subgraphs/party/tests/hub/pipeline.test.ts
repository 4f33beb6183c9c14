import { beforeAll, describe, expect, it } from 'vitest';
import { addMember, as, auditCount, createTestBranch, dataOf, expectError, peopleOf, tokenOfPerson, withToken } from './client.ts';

/**
 * 党员发展 through the gateway (dated outside 2024, whose figures tests/hub/figures.test.ts asserts): every step, allowed and refused for each missing condition, for
 * the wrong role and the wrong branch; the branch's secretary (`unit`) takes its steps like Party staff.
 */
const CANDIDATE = 'id stage activistOn targetOn politicalReviewOn admittedOn probationEndsOn fullOn nextStepDueOn allowedActions introducers { id } steps { totalCount edges { node { verb fromStage toStage decidedOn decision } } }';

const step = (mutation: string, input: Record<string, unknown>, user: Parameters<typeof as>[0] = 'unit', inputType = 'CandidateStepInput') =>
  as(user, `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${CANDIDATE} } }`, { input });

let branch = '';
let otherBranch = '';
let people: string[] = [];
let introducers: string[] = [];
let probationaryIntroducer = '';

async function apply(personId: string, branchId = branch, appliedOn = '2023-01-10') {
  const result = await as('unit', `mutation ($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { ${CANDIDATE} } }`, { input: { personId, branchId, appliedOn } });
  return result;
}

beforeAll(async () => {
  branch = await createTestBranch('发展测试支部');
  people = await peopleOf('区审计局', 10);
  otherBranch = await createTestBranch('另一支部', { secretaryPersonId: people[9]! });
  introducers = [people[0]!, people[1]!];
  await addMember(branch, introducers[0]!);
  await addMember(branch, introducers[1]!);
  probationaryIntroducer = people[2]!;
  await addMember(branch, probationaryIntroducer, { status: 'PROBATIONARY', joinedOn: '2025-09-01' });
});

describe('the development pipeline', () => {
  it('takes an applicant through every step to full member, each refused until its condition holds', async () => {
    const applied = dataOf(await apply(people[3]!)).applyForMembership;
    expect(applied).toMatchObject({ stage: 'APPLICANT', allowedActions: ['PUT_ON_RECORD', 'CANCEL'] });
    const id = applied.id as string;
    const audit = await auditCount();

    expect(dataOf(await step('putCandidateOnRecord', { id, decidedOn: '2023-03-15', decision: '支委会确定为入党积极分子' })).putCandidateOnRecord).toMatchObject({
      stage: 'ACTIVIST',
      activistOn: '2023-03-15',
      nextStepDueOn: '2024-03-15',
    });

    // A year as activist: refused the day before it is over, with the dates; nothing written.
    const early = expectError(await step('makeDevelopmentTarget', { id, decidedOn: '2024-03-14', decision: '确定为发展对象' }), 'CONFLICT');
    expect(early?.extensions).toMatchObject({ reason: 'ACTIVIST_YEAR_NOT_OVER', params: { since: '2023-03-15', earliest: '2024-03-15' } });
    expectError(await step('makeDevelopmentTarget', { id, decidedOn: '2023-03-01', decision: '确定为发展对象' }), 'BAD_USER_INPUT', 'input.decidedOn');
    expectError(await step('makeDevelopmentTarget', { id, decidedOn: '2099-01-01', decision: '确定为发展对象' }), 'BAD_USER_INPUT', 'input.decidedOn');
    expect(dataOf(await step('makeDevelopmentTarget', { id, decidedOn: '2024-03-15', decision: '确定为发展对象' })).makeDevelopmentTarget.stage).toBe('DEVELOPMENT_TARGET');

    // Admission waits for the political review and two full members as introducers.
    const noReview = expectError(
      await step('admitProbationaryMember', { id, decidedOn: '2025-06-01', decision: '接收为预备党员', introducerPersonIds: introducers, monthlyIncome: '6000.00' }, 'unit', 'AdmitProbationaryMemberInput'),
      'CONFLICT',
    );
    expect(noReview?.extensions?.reason).toBe('POLITICAL_REVIEW_MISSING');
    expect(dataOf(await step('recordPoliticalReview', { id, decidedOn: '2024-05-01', decision: '政治审查合格' })).recordPoliticalReview.politicalReviewOn).toBe('2024-05-01');
    const admit = (introducerPersonIds: string[]) =>
      step('admitProbationaryMember', { id, decidedOn: '2025-06-01', decision: '接收为预备党员', introducerPersonIds, monthlyIncome: '6000.00' }, 'unit', 'AdmitProbationaryMemberInput');
    expect(expectError(await admit([introducers[0]!]), 'BAD_USER_INPUT', 'input.introducerPersonIds')?.extensions?.reason).toBe('TWO_INTRODUCERS_REQUIRED');
    expect(expectError(await admit([introducers[0]!, introducers[0]!]), 'BAD_USER_INPUT')?.extensions?.reason).toBe('TWO_INTRODUCERS_REQUIRED');
    expect(expectError(await admit([introducers[0]!, people[3]!]), 'BAD_USER_INPUT')?.extensions?.reason).toBe('TWO_INTRODUCERS_REQUIRED');
    const notFull = expectError(await admit([introducers[0]!, probationaryIntroducer]), 'BAD_USER_INPUT', 'input.introducerPersonIds');
    expect(notFull?.extensions).toMatchObject({ reason: 'INTRODUCER_NOT_FULL_MEMBER', params: { person: probationaryIntroducer } });
    const admitted = dataOf(await admit(introducers)).admitProbationaryMember;
    expect(admitted).toMatchObject({ stage: 'PROBATIONARY', admittedOn: '2025-06-01', probationEndsOn: '2026-06-01', introducers: introducers.map((i) => ({ id: i })) });
    const { partyMembers } = dataOf(await as('party', 'query ($p: [ID!]) { partyMembers(filter: { personIds: $p }) { edges { node { status joinedOn branch { id } } } } }', { p: [people[3]] }));
    expect(partyMembers.edges[0].node).toEqual({ status: 'PROBATIONARY', joinedOn: '2025-06-01', branch: { id: branch } });

    // Probation: a year, extended once by at most a year.
    expect(expectError(await step('confirmFullMember', { id, decidedOn: '2026-05-31', decision: '转正' }), 'CONFLICT')?.extensions).toMatchObject({
      reason: 'PROBATION_NOT_OVER',
      params: { until: '2026-06-01' },
    });
    const extend = (until: string, decidedOn = '2026-05-20') => step('extendProbation', { id, decidedOn, decision: '延长预备期', until }, 'unit', 'ExtendProbationInput');
    expect(expectError(await extend('2027-06-02'), 'BAD_USER_INPUT', 'input.until')?.extensions?.reason).toBe('PROBATION_EXTENSION_TOO_LONG');
    expect(dataOf(await extend('2026-09-01')).extendProbation.probationEndsOn).toBe('2026-09-01');
    expect(expectError(await extend('2026-12-01', '2026-05-21'), 'CONFLICT')?.extensions?.reason).toBe('ALREADY_EXTENDED');
    expectError(await step('confirmFullMember', { id, decidedOn: '2026-08-31', decision: '转正' }), 'CONFLICT');
    const full = dataOf(await step('confirmFullMember', { id, decidedOn: '2026-09-01', decision: '支部大会讨论通过，按期转正' })).confirmFullMember;
    expect(full).toMatchObject({ stage: 'FULL', fullOn: '2026-09-01', allowedActions: [] });
    expect(full.steps.edges.map((e: any) => e.node.verb)).toEqual(['PUT_ON_RECORD', 'MAKE_TARGET', 'RECORD_POLITICAL_REVIEW', 'ADMIT', 'EXTEND_PROBATION', 'CONFIRM_FULL']);
    // One audit record a step taken (6), none for the refusals.
    expect(await auditCount()).toBe(audit + 6);
  });

  it('refuses another role and another branch’s candidates, and lets Party staff take any step', async () => {
    const id = dataOf(await apply(people[4]!)).applyForMembership.id;
    expect(expectError(await step('putCandidateOnRecord', { id, decidedOn: '2023-03-15', decision: '某' }, 'leader'), 'FORBIDDEN')).toBeDefined();
    expect(expectError(await step('putCandidateOnRecord', { id, decidedOn: '2023-03-15', decision: '某' }, 'assets'), 'FORBIDDEN')).toBeDefined();
    // Another unit user of the same unit is not the branch's secretary: they do not even see the candidate.
    const colleague = await tokenOfPerson('party-colleague', people[8]!);
    const stranger = await withToken(colleague, 'mutation ($input: CandidateStepInput!) { putCandidateOnRecord(input: $input) { id } }', { input: { id, decidedOn: '2023-03-15', decision: '某' } });
    expectError(stranger, 'NOT_FOUND');
    const applyElsewhere = await apply(people[5]!, otherBranch);
    expect(expectError(applyElsewhere, 'FORBIDDEN')?.extensions?.reason).toBe('NOT_BRANCH_SECRETARY');
    // Party staff: any branch.
    expect(dataOf(await step('putCandidateOnRecord', { id, decidedOn: '2023-03-15', decision: '某' }, 'party')).putCandidateOnRecord.stage).toBe('ACTIVIST');
  });

  it('refuses a second application of a person in the pipeline, and of a member', async () => {
    await apply(people[6]!);
    expect(expectError(await apply(people[6]!), 'CONFLICT')?.extensions?.reason).toBe('ALREADY_CANDIDATE');
    expect(expectError(await apply(introducers[0]!), 'CONFLICT')?.extensions?.reason).toBe('ALREADY_MEMBER');
  });

  it('lets exactly one of two steps taken at once win', async () => {
    const id = dataOf(await apply(people[7]!)).applyForMembership.id;
    const input = { id, decidedOn: '2023-03-15', decision: '同时办理' };
    const results = await Promise.all([step('putCandidateOnRecord', input), step('putCandidateOnRecord', input, 'party')]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.find((r) => r.errors)?.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { candidate } = dataOf(await as('party', 'query ($id: ID!) { candidate(id: $id) { steps { totalCount } } }', { id }));
    expect(candidate.steps.totalCount).toBe(1);
  });

  it('shows the board: every candidate of the branch with its stage and next date due', async () => {
    const { candidates } = dataOf(await as('unit', 'query ($b: ID) { candidates(filter: { branchId: $b }, first: 50) { totalCount edges { node { stage nextStepDueOn person { id name } } } } }', { b: branch }));
    expect(candidates.totalCount).toBeGreaterThanOrEqual(4);
    expect(candidates.edges.every((e: any) => typeof e.node.person.name === 'string')).toBe(true);
  });
});
