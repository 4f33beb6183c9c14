import { viewerFixture } from '@jiguan/shared-schema/testing/viewer-fixture';
import { describe, expect, it } from 'vitest';
import { activistYearProblem, candidateMachine, extensionProblem, nextStepDueOn, probationProblem, stepDateProblem, type CandidateForRules } from './candidate.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const branch = { name: '第二党支部', secretaryPersonId: 'person-secretary' };
const activist: CandidateForRules = {
  stage: 'ACTIVIST',
  appliedOn: day('2024-01-10'),
  activistOn: day('2024-03-15'),
  targetOn: null,
  politicalReviewOn: null,
  admittedOn: null,
  probationEndsOn: null,
  branch,
};
const probationary: CandidateForRules = { ...activist, stage: 'PROBATIONARY', targetOn: day('2025-03-20'), politicalReviewOn: day('2025-05-01'), admittedOn: day('2025-06-01'), probationEndsOn: day('2026-06-01') };

describe('member development', () => {
  it('lets Party staff and the branch’s secretary take its steps, nobody else', () => {
    const staff = viewerFixture({ roles: ['PARTY_STAFF'] });
    const secretary = viewerFixture({ roles: ['UNIT_USER'], personId: 'person-secretary' });
    const other = viewerFixture({ roles: ['UNIT_USER'], personId: 'person-other' });
    expect(candidateMachine.allowed(staff, activist)).toEqual(['makeTarget', 'cancel']);
    expect(candidateMachine.allowed(secretary, activist)).toEqual(['makeTarget', 'cancel']);
    expect(candidateMachine.refusal(other, activist, 'makeTarget')?.reason).toBe('NOT_BRANCH_SECRETARY');
    expect(candidateMachine.refusal(viewerFixture({ roles: ['LEADER'] }), activist, 'makeTarget')?.reason).toBe('ROLE_REQUIRED');
  });

  it('makes an activist a development target after one whole year, not a day before', () => {
    expect(activistYearProblem(activist, day('2025-03-14'))?.reason).toBe('ACTIVIST_YEAR_NOT_OVER');
    expect(activistYearProblem(activist, day('2025-03-14'))?.params).toEqual({ since: '2024-03-15', earliest: '2025-03-15' });
    expect(activistYearProblem(activist, day('2025-03-15'))).toBeNull();
  });

  it('admits only after the political review', () => {
    const target: CandidateForRules = { ...activist, stage: 'DEVELOPMENT_TARGET', targetOn: day('2025-03-20') };
    const staff = viewerFixture({ roles: ['PARTY_STAFF'] });
    expect(candidateMachine.refusal(staff, target, 'admit')?.reason).toBe('POLITICAL_REVIEW_MISSING');
    expect(candidateMachine.refusal(staff, { ...target, politicalReviewOn: day('2025-05-01') }, 'admit')).toBeNull();
  });

  it('confirms a probationary member when the probation is over, and extends it once by at most a year', () => {
    expect(probationProblem(probationary, day('2026-05-31'))?.reason).toBe('PROBATION_NOT_OVER');
    expect(probationProblem(probationary, day('2026-06-01'))).toBeNull();
    expect(extensionProblem(probationary, day('2027-06-01'))).toBeNull();
    expect(extensionProblem(probationary, day('2027-06-02'))?.reason).toBe('PROBATION_EXTENSION_TOO_LONG');
    expect(extensionProblem(probationary, day('2026-05-01'))?.reason).toBe('PROBATION_EXTENSION_TOO_LONG');
    const extended = { ...probationary, probationEndsOn: day('2026-12-01') };
    expect(candidateMachine.refusal(viewerFixture({ roles: ['PARTY_STAFF'] }), extended, 'extendProbation')?.reason).toBe('ALREADY_EXTENDED');
  });

  it('dates a step no later than today and no earlier than the step before', () => {
    const today = day('2026-12-04');
    expect(stepDateProblem(activist, day('2026-12-05'), today)?.reason).toBe('DATE_IN_FUTURE');
    expect(stepDateProblem(activist, day('2024-03-14'), today)?.params).toEqual({ previous: '2024-03-15' });
    expect(stepDateProblem(activist, day('2024-03-15'), today)).toBeNull();
  });

  it('says when the next step is due', () => {
    expect(nextStepDueOn(activist)).toEqual(day('2025-03-15'));
    expect(nextStepDueOn(probationary)).toEqual(day('2026-06-01'));
    expect(nextStepDueOn({ ...activist, stage: 'APPLICANT' })).toBeNull();
  });
});
