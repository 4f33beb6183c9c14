import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { disposalMachine, disposalRuleSelect } from '../domain/disposal.ts';

/** The caller's selection of a disposal (a resolver's Pothos `query`). */
export type DisposalQuery = Pick<Prisma.DisposalFindUniqueArgs, 'select' | 'include'>;

/** The disposal workflow: each step moves the status, records a DisposalStep with its reason, and is audited. */
export const disposalWorkflow = defineWorkflow({
  entity: 'Disposal',
  noun: '处置申请',
  machine: disposalMachine,
  load: (tx: Prisma.TransactionClient, id: string) =>
    tx.disposal.findUnique({ where: { id }, include: { steps: disposalRuleSelect.steps } }),
  move: async (tx, { row, from, to, data }) => (await tx.disposal.updateMany({ where: { id: row.id, status: from }, data: { status: to, ...data } })).count,
  record: (tx, { row, from, to, actor, input }) =>
    tx.disposalStep.create({ data: { disposalId: row.id, fromStatus: from, toStatus: to, actorId: actor.accountId, reason: String(input.reason) } }),
  read: (tx, id, query: DisposalQuery | undefined) => tx.disposal.findUniqueOrThrow({ ...query, where: { id } }),
});

/** The input of every disposal step: which one, and why (批复意见 …). */
export interface DisposalStepInput {
  id: string;
  reason: string;
}
