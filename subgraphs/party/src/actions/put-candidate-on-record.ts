import { candidateWorkflow, checkStepDate, type CandidateStepInput } from './candidate-workflow.ts';

/** APPLICANT → ACTIVIST: 确定为入党积极分子 (put on record). */
export const putCandidateOnRecord = candidateWorkflow.step<CandidateStepInput>('putOnRecord', {
  check: (_tx, step) => checkStepDate(step),
  data: ({ input }) => ({ activistOn: input.decidedOn }),
});
