import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { probationProblem } from '../domain/candidate.ts';
import { candidateWorkflow, checkStepDate, type CandidateStepInput } from './candidate-workflow.ts';

/** PROBATIONARY → FULL: 预备党员转正 once the probation is over; the membership becomes full. */
export const confirmFullMember = candidateWorkflow.step<CandidateStepInput>('confirmFull', {
  check: (_tx, step) => checkStepDate(step) ?? probationProblem(step.row, step.input.decidedOn),
  data: ({ input }) => ({ fullOn: input.decidedOn }),
  effect: async (tx, { row, input }) => ({
    partyMember: auditSnapshot(await tx.partyMember.update({ where: { personId: row.personId }, data: { status: 'FULL', fullOn: input.decidedOn } })),
  }),
});
