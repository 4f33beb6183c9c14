import { extensionProblem } from '../domain/candidate.ts';
import { candidateWorkflow, checkStepDate, type CandidateStepInput } from './candidate-workflow.ts';

export interface ExtendProbationInput extends CandidateStepInput {
  until: Date;
}

/** 延长预备期: once, by at most a year. */
export const extendProbation = candidateWorkflow.step<ExtendProbationInput>('extendProbation', {
  check: (_tx, step) => checkStepDate(step) ?? extensionProblem(step.row, step.input.until),
  data: ({ input }) => ({ probationEndsOn: input.until }),
});
