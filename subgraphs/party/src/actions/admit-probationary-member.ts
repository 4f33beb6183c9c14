import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { ConflictError, type Refusal } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import { addYears } from '../domain/calendar.ts';
import { candidateWorkflow, checkStepDate, type CandidateStepInput } from './candidate-workflow.ts';

export interface AdmitInput extends CandidateStepInput {
  introducerPersonIds: readonly string[];
  monthlyIncome: string;
}

/** Two introducers, full members of the bureau's branches as far as the actor sees them, neither the candidate. */
async function introducersProblem(tx: Prisma.TransactionClient, personId: string, introducers: readonly string[]): Promise<Refusal | null> {
  const distinct = new Set(introducers);
  if (introducers.length !== 2 || distinct.size !== 2 || distinct.has(personId)) {
    return { code: 'BAD_USER_INPUT', reason: 'TWO_INTRODUCERS_REQUIRED', message: '须有两名入党介绍人（不能是本人）', field: 'input.introducerPersonIds' };
  }
  const full = await tx.partyMember.findMany({ where: { personId: { in: [...distinct] }, status: 'FULL' }, select: { personId: true } });
  const notFull = introducers.find((id) => !full.some((member) => member.personId === id));
  if (!notFull) return null;
  return {
    code: 'BAD_USER_INPUT',
    reason: 'INTRODUCER_NOT_FULL_MEMBER',
    message: '入党介绍人须为正式党员',
    params: { person: notFull },
    field: 'input.introducerPersonIds',
  };
}

/** DEVELOPMENT_TARGET → PROBATIONARY: 接收为预备党员 with two introducers; the member joins the branch, on a year's probation. */
export const admitProbationaryMember = candidateWorkflow.step<AdmitInput>('admit', {
  check: async (tx, step) => checkStepDate(step) ?? (await introducersProblem(tx, step.row.personId, step.input.introducerPersonIds)),
  data: ({ input }) => ({ admittedOn: input.decidedOn, probationEndsOn: addYears(input.decidedOn, 1), introducerPersonIds: [...input.introducerPersonIds] }),
  effect: async (tx, { row, input }) => {
    const data = { branchId: row.branchId, status: 'PROBATIONARY' as const, joinedOn: input.decidedOn, fullOn: null, monthlyIncome: input.monthlyIncome };
    // A person who left (transferred out, probation cancelled) and comes back keeps their one membership row;
    // the writes are not scoped, so a membership in another branch the actor cannot see still refuses (unique person).
    const back = await tx.partyMember.updateMany({ where: { personId: row.personId, status: { in: ['TRANSFERRED_OUT', 'CANCELLED'] } }, data });
    try {
      const member = back.count ? await tx.partyMember.update({ where: { personId: row.personId }, data: {} }) : await tx.partyMember.create({ data: { personId: row.personId, ...data } });
      return { partyMember: auditSnapshot(member) };
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('此人已是党员', { reason: 'ALREADY_MEMBER' });
      throw error;
    }
  },
});
