import type { Refusal } from '@jiguan/shared-schema/errors';
import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';
import type { DevelopmentStage } from '../../prisma/generated/enums.ts';
import { BRANCH_MANAGERS, branchManagerRefusal } from './access.ts';
import { addYears, isoDate } from './calendar.ts';

export type CandidateVerb = 'putOnRecord' | 'makeTarget' | 'recordPoliticalReview' | 'admit' | 'confirmFull' | 'extendProbation' | 'cancel';

/** What the rules of a candidate's steps read: its dates and its branch. */
export interface CandidateForRules {
  stage: DevelopmentStage;
  appliedOn: Date;
  activistOn: Date | null;
  targetOn: Date | null;
  politicalReviewOn: Date | null;
  admittedOn: Date | null;
  probationEndsOn: Date | null;
  branch: { name: string; secretaryPersonId: string | null };
}

const branchManager = (viewer: Parameters<typeof branchManagerRefusal>[0], candidate: CandidateForRules) => branchManagerRefusal(viewer, candidate.branch);

/**
 * 党员发展: applicant → activist (put on record) → development target → probationary member → full
 * member, or cancelled. Party staff take every branch's steps, a branch secretary their branch's.
 * The facts that depend on the step's date (a year as activist, the end of probation) are the
 * steps' own checks ({@link stepDateProblem} and the checks in actions/).
 */
export const candidateMachine = stateMachine<DevelopmentStage, CandidateVerb, CandidateForRules>({
  stateOf: (candidate) => candidate.stage,
  transitions: {
    putOnRecord: { from: ['APPLICANT'], to: 'ACTIVIST', roles: BRANCH_MANAGERS, refuse: branchManager },
    makeTarget: { from: ['ACTIVIST'], to: 'DEVELOPMENT_TARGET', roles: BRANCH_MANAGERS, refuse: branchManager },
    recordPoliticalReview: { from: ['DEVELOPMENT_TARGET'], to: 'DEVELOPMENT_TARGET', roles: BRANCH_MANAGERS, refuse: branchManager },
    admit: {
      from: ['DEVELOPMENT_TARGET'],
      to: 'PROBATIONARY',
      roles: BRANCH_MANAGERS,
      refuse: (viewer, candidate) =>
        branchManager(viewer, candidate) ??
        (candidate.politicalReviewOn === null
          ? { code: 'CONFLICT', reason: 'POLITICAL_REVIEW_MISSING', message: '尚未完成政治审查，不能接收为预备党员', params: {} }
          : null),
    },
    confirmFull: { from: ['PROBATIONARY'], to: 'FULL', roles: BRANCH_MANAGERS, refuse: branchManager },
    extendProbation: {
      from: ['PROBATIONARY'],
      to: 'PROBATIONARY',
      roles: BRANCH_MANAGERS,
      refuse: (viewer, candidate) =>
        branchManager(viewer, candidate) ??
        (isExtended(candidate) ? { code: 'CONFLICT', reason: 'ALREADY_EXTENDED', message: '预备期已延长过一次，不能再延长', params: {} } : null),
    },
    cancel: { from: ['APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY'], to: 'CANCELLED', roles: BRANCH_MANAGERS, refuse: branchManager },
  },
});

/** Probation is one year; extended once, it ends later than that. */
const isExtended = (candidate: CandidateForRules) =>
  candidate.admittedOn !== null && candidate.probationEndsOn !== null && candidate.probationEndsOn > addYears(candidate.admittedOn, 1);

/** The date of the candidate's latest step: a new step may not be dated before it. */
export function latestStepOn(candidate: CandidateForRules): Date {
  const dates = [candidate.appliedOn, candidate.activistOn, candidate.targetOn, candidate.politicalReviewOn, candidate.admittedOn].filter((d): d is Date => d !== null);
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}

/** A step's date: not after today, not before the previous step. */
export function stepDateProblem(candidate: CandidateForRules, decidedOn: Date, today: Date): Refusal | null {
  if (decidedOn > today) return { code: 'BAD_USER_INPUT', reason: 'DATE_IN_FUTURE', message: '日期不能晚于今天', params: {}, field: 'input.decidedOn' };
  const previous = latestStepOn(candidate);
  if (decidedOn < previous) {
    return {
      code: 'BAD_USER_INPUT',
      reason: 'DATE_BEFORE_PREVIOUS_STEP',
      message: `日期不能早于上一步（${isoDate(previous)}）`,
      params: { previous: isoDate(previous) },
      field: 'input.decidedOn',
    };
  }
  return null;
}

/** 确定为发展对象: after at least one year as activist (中国共产党发展党员工作细则 第十三条). */
export function activistYearProblem(candidate: CandidateForRules, decidedOn: Date): Refusal | null {
  if (!candidate.activistOn) return null;
  const earliest = addYears(candidate.activistOn, 1);
  if (decidedOn >= earliest) return null;
  return {
    code: 'CONFLICT',
    reason: 'ACTIVIST_YEAR_NOT_OVER',
    message: `入党积极分子培养考察须满一年（${isoDate(candidate.activistOn)} 起，${isoDate(earliest)} 后方可确定为发展对象）`,
    params: { since: isoDate(candidate.activistOn), earliest: isoDate(earliest) },
  };
}

/** 预备党员转正: when the probation is over. */
export function probationProblem(candidate: CandidateForRules, decidedOn: Date): Refusal | null {
  if (!candidate.probationEndsOn || decidedOn >= candidate.probationEndsOn) return null;
  const until = isoDate(candidate.probationEndsOn);
  return { code: 'CONFLICT', reason: 'PROBATION_NOT_OVER', message: `预备期至 ${until} 届满，届满后方可转正`, params: { until } };
}

/** 延长预备期: later than its end now, at most one year beyond the first year. */
export function extensionProblem(candidate: CandidateForRules, until: Date): Refusal | null {
  if (!candidate.admittedOn || !candidate.probationEndsOn) return null;
  const latest = addYears(candidate.admittedOn, 2);
  if (until > candidate.probationEndsOn && until <= latest) return null;
  return {
    code: 'BAD_USER_INPUT',
    reason: 'PROBATION_EXTENSION_TOO_LONG',
    message: `延长后的预备期须晚于 ${isoDate(candidate.probationEndsOn)}，且最长延长一年（至 ${isoDate(latest)}）`,
    params: { from: isoDate(candidate.probationEndsOn), latest: isoDate(latest) },
    field: 'input.until',
  };
}

/** The earliest date the next step may be taken, where one waits on a date: a year as activist, the end of probation. */
export function nextStepDueOn(candidate: CandidateForRules): Date | null {
  if (candidate.stage === 'ACTIVIST' && candidate.activistOn) return addYears(candidate.activistOn, 1);
  if (candidate.stage === 'PROBATIONARY') return candidate.probationEndsOn;
  return null;
}
