import { activistYearProblem } from '../domain/candidate.ts';
import { candidateWorkflow, checkStepDate, type CandidateStepInput } from './candidate-workflow.ts';

/** ACTIVIST → DEVELOPMENT_TARGET: 确定为发展对象, after a year as activist. */
export const makeDevelopmentTarget = candidateWorkflow.step<CandidateStepInput>('makeTarget', {
  check: (_tx, step) => checkStepDate(step) ?? activistYearProblem(step.row, step.input.decidedOn),
  data: ({ input }) => ({ targetOn: input.decidedOn }),
});
