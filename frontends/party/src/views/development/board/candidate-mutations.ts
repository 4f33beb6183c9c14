import { requestGraphQL } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { CandidateAction, DevelopmentStage } from '../../../generated/graphql';

/** One mutation per step of the pipeline; each answers the candidate as `stepped`. */
const mutations = {
  PUT_ON_RECORD: graphql(`
    mutation PutCandidateOnRecord($input: CandidateStepInput!) { stepped: putCandidateOnRecord(input: $input) { id stage } }
  `),
  MAKE_TARGET: graphql(`
    mutation MakeDevelopmentTarget($input: CandidateStepInput!) { stepped: makeDevelopmentTarget(input: $input) { id stage } }
  `),
  RECORD_POLITICAL_REVIEW: graphql(`
    mutation RecordPoliticalReview($input: CandidateStepInput!) { stepped: recordPoliticalReview(input: $input) { id stage } }
  `),
  ADMIT: graphql(`
    mutation AdmitProbationaryMember($input: AdmitProbationaryMemberInput!) { stepped: admitProbationaryMember(input: $input) { id stage } }
  `),
  CONFIRM_FULL: graphql(`
    mutation ConfirmFullMember($input: CandidateStepInput!) { stepped: confirmFullMember(input: $input) { id stage } }
  `),
  EXTEND_PROBATION: graphql(`
    mutation ExtendProbation($input: ExtendProbationInput!) { stepped: extendProbation(input: $input) { id stage } }
  `),
  CANCEL: graphql(`
    mutation CancelCandidate($input: CandidateStepInput!) { stepped: cancelCandidate(input: $input) { id stage } }
  `),
};

/** What every step's input has: the candidate, the date and the branch's decision. */
export interface StepInput {
  id: string;
  decidedOn: string;
  decision: string;
}

type Stepped = Promise<{ stepped: { id: string; stage: DevelopmentStage } }>;

/** How each step is sent: the common input, and ADMIT's introducers and income, EXTEND_PROBATION's new end. */
export const candidateSteps = {
  PUT_ON_RECORD: (input: StepInput): Stepped => requestGraphQL(mutations.PUT_ON_RECORD, { input }),
  MAKE_TARGET: (input: StepInput): Stepped => requestGraphQL(mutations.MAKE_TARGET, { input }),
  RECORD_POLITICAL_REVIEW: (input: StepInput): Stepped => requestGraphQL(mutations.RECORD_POLITICAL_REVIEW, { input }),
  ADMIT: (input: StepInput & { introducerPersonIds: string[]; monthlyIncome: string }): Stepped => requestGraphQL(mutations.ADMIT, { input }),
  CONFIRM_FULL: (input: StepInput): Stepped => requestGraphQL(mutations.CONFIRM_FULL, { input }),
  EXTEND_PROBATION: (input: StepInput & { until: string }): Stepped => requestGraphQL(mutations.EXTEND_PROBATION, { input }),
  CANCEL: (input: StepInput): Stepped => requestGraphQL(mutations.CANCEL, { input }),
} satisfies Record<CandidateAction, unknown>;

export const applyForMembershipMutation = graphql(`
  mutation ApplyForMembership($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id stage person { name } } }
`);
