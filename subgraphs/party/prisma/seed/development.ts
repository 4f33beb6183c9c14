/**
 * Member development (党员发展, P3): the candidates of the bureau's branches with every step they
 * took. In 2024 two activists were put on record (one of them, 姚瑞 of 第二党支部, is still an
 * activist more than a year later, so becoming a development target is allowed now; another of the
 * same branch was put on record in 2026-09, so it is refused until 2027-09) and one probationary
 * member was admitted (贾琴, confirmed full in 2025, with her PartyMember row in members.ts).
 */
import type { Prisma } from '../generated/client.ts';
import type { DevelopmentStage } from '../generated/enums.ts';
import { day } from './calendar.ts';
import { ORG, type BranchId } from './organisations.ts';
import { person } from './people.ts';

/** Who recorded the seeded steps: the Party staff demo account. */
const SEED_ACTOR = 'account-party';

type Step = [verb: 'PUT_ON_RECORD' | 'MAKE_TARGET' | 'RECORD_POLITICAL_REVIEW' | 'ADMIT' | 'CONFIRM_FULL' | 'EXTEND_PROBATION' | 'CANCEL', decidedOn: string, decision: string];

export interface CandidatePlan {
  id: string;
  personId: string;
  branchId: BranchId;
  appliedOn: string;
  introducers?: [string, string];
  /** Monthly income declared on admission (元), for the member row. */
  monthlyIncome?: number;
  steps: Step[];
}

const TO: Record<Step[0], (from: DevelopmentStage) => DevelopmentStage> = {
  PUT_ON_RECORD: () => 'ACTIVIST',
  MAKE_TARGET: () => 'DEVELOPMENT_TARGET',
  RECORD_POLITICAL_REVIEW: (from) => from,
  ADMIT: () => 'PROBATIONARY',
  CONFIRM_FULL: () => 'FULL',
  EXTEND_PROBATION: (from) => from,
  CANCEL: () => 'CANCELLED',
};

export const CANDIDATES: CandidatePlan[] = [
  {
    id: 'party-candidate-01',
    personId: person('centre', 12),
    branchId: ORG.branch3,
    appliedOn: '2021-03-15',
    introducers: [person('centre', 2), person('centre', 5)],
    monthlyIncome: 6200,
    steps: [
      ['PUT_ON_RECORD', '2022-04-12', '支部委员会研究，同意确定为入党积极分子，报机关党总支备案'],
      ['MAKE_TARGET', '2023-05-16', '经培养考察一年以上，支部委员会研究同意列为发展对象'],
      ['RECORD_POLITICAL_REVIEW', '2023-11-20', '政治审查合格，结论报机关党总支'],
      ['ADMIT', '2024-06-25', '支部党员大会表决通过，接收为预备党员，报机关党总支审批'],
      ['CONFIRM_FULL', '2025-06-27', '预备期满，支部党员大会表决同意按期转为正式党员'],
    ],
  },
  {
    id: 'party-candidate-02',
    personId: person('assets', 5),
    branchId: ORG.branch2,
    appliedOn: '2023-10-09',
    steps: [['PUT_ON_RECORD', '2024-04-16', '支部委员会研究，同意确定为入党积极分子，报机关党总支备案']],
  },
  {
    id: 'party-candidate-03',
    personId: person('procurement', 20),
    branchId: ORG.branch4,
    appliedOn: '2024-03-05',
    steps: [
      ['PUT_ON_RECORD', '2024-10-22', '支部委员会研究，同意确定为入党积极分子，报机关党总支备案'],
      ['MAKE_TARGET', '2025-11-04', '经培养考察一年以上，支部委员会研究同意列为发展对象'],
    ],
  },
  {
    id: 'party-candidate-04',
    personId: person('services', 6),
    branchId: ORG.branch2,
    appliedOn: '2025-11-03',
    steps: [['PUT_ON_RECORD', '2026-09-15', '支部委员会研究，同意确定为入党积极分子，报机关党总支备案']],
  },
  { id: 'party-candidate-05', personId: person('office', 7), branchId: ORG.branch1, appliedOn: '2026-03-10', steps: [] },
  { id: 'party-candidate-06', personId: person('centre', 16), branchId: ORG.branch3, appliedOn: '2025-09-02', steps: [] },
  {
    id: 'party-candidate-07',
    personId: person('procurement', 24),
    branchId: ORG.branch4,
    appliedOn: '2022-02-21',
    introducers: [person('procurement', 2), person('procurement', 4)],
    monthlyIncome: 5600,
    steps: [
      ['PUT_ON_RECORD', '2023-04-18', '支部委员会研究，同意确定为入党积极分子，报机关党总支备案'],
      ['MAKE_TARGET', '2024-05-14', '经培养考察一年以上，支部委员会研究同意列为发展对象'],
      ['RECORD_POLITICAL_REVIEW', '2024-09-10', '政治审查合格，结论报机关党总支'],
      ['ADMIT', '2025-12-16', '支部党员大会表决通过，接收为预备党员，报机关党总支审批'],
    ],
  },
  {
    id: 'party-candidate-08',
    personId: person('bureau', 20),
    branchId: ORG.branch1,
    appliedOn: '2022-03-01',
    steps: [
      ['PUT_ON_RECORD', '2023-03-14', '支部委员会研究，同意确定为入党积极分子，报机关党总支备案'],
      ['CANCEL', '2024-02-20', '本人工作调离本局，撤回入党申请，支部委员会研究同意'],
    ],
  },
];

/** The day a step was taken, or null. */
const stepOn = (plan: CandidatePlan, verb: Step[0]) => {
  const step = plan.steps.findLast((s) => s[0] === verb);
  return step ? day(step[1]) : null;
};

/** One year after `iso`, the day before the same date of the next year (a year of probation). */
function probationEnd(iso: string): Date {
  const start = day(iso);
  return new Date(Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), start.getUTCDate() - 1));
}

export function seedDevelopment() {
  const candidates: Prisma.CandidateCreateManyInput[] = [];
  const steps: Prisma.CandidateStepCreateManyInput[] = [];
  for (const plan of CANDIDATES) {
    let stage: DevelopmentStage = 'APPLICANT';
    plan.steps.forEach(([verb, decidedOn, decision], index) => {
      const toStage = TO[verb](stage);
      steps.push({
        id: `${plan.id}-step-${index + 1}`,
        candidateId: plan.id,
        verb,
        fromStage: stage,
        toStage,
        decidedOn: day(decidedOn),
        decision,
        actorId: SEED_ACTOR,
        createdAt: new Date(`${decidedOn}T09:30:00.000Z`),
      });
      stage = toStage;
    });
    const admittedOn = stepOn(plan, 'ADMIT');
    const admitted = plan.steps.find((s) => s[0] === 'ADMIT');
    candidates.push({
      id: plan.id,
      personId: plan.personId,
      branchId: plan.branchId,
      stage,
      appliedOn: day(plan.appliedOn),
      activistOn: stepOn(plan, 'PUT_ON_RECORD'),
      targetOn: stepOn(plan, 'MAKE_TARGET'),
      politicalReviewOn: stepOn(plan, 'RECORD_POLITICAL_REVIEW'),
      introducerPersonIds: plan.introducers ?? [],
      admittedOn,
      probationEndsOn: admitted ? probationEnd(admitted[1]) : null,
      fullOn: stepOn(plan, 'CONFIRM_FULL'),
      cancelledOn: stepOn(plan, 'CANCEL'),
      createdAt: new Date(`${plan.appliedOn}T09:00:00.000Z`),
    });
  }
  return { candidates, steps };
}

/** The candidates admitted, who are members now (their PartyMember rows). */
export const admittedCandidates = () => CANDIDATES.filter((plan) => plan.steps.some((s) => s[0] === 'ADMIT'));

/** Everyone in the pipeline: none of them is a member before admission. */
export const candidatePersonIds = () => new Set(CANDIDATES.map((plan) => plan.personId));

