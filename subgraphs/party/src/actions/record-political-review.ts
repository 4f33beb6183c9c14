import { candidateWorkflow, checkStepDate, type CandidateStepInput } from './candidate-workflow.ts';

/** A development target's political review (政治审查) is done: what admission waits for. */
export const recordPoliticalReview = candidateWorkflow.step<CandidateStepInput>('recordPoliticalReview', {
  check: (_tx, step) => checkStepDate(step),
  data: ({ input }) => ({ politicalReviewOn: input.decidedOn }),
});
