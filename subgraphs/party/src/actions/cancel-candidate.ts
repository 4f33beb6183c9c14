import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { candidateWorkflow, checkStepDate, type CandidateStepInput } from './candidate-workflow.ts';

/** → CANCELLED: the application withdrawn, or the probationary membership cancelled (取消预备党员资格). */
export const cancelCandidate = candidateWorkflow.step<CandidateStepInput>('cancel', {
  check: (_tx, step) => checkStepDate(step),
  data: ({ input }) => ({ cancelledOn: input.decidedOn }),
  effect: async (tx, { row, from }) =>
    from === 'PROBATIONARY' ? { partyMember: auditSnapshot(await tx.partyMember.update({ where: { personId: row.personId }, data: { status: 'CANCELLED' } })) } : {},
});
