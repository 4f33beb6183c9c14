import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { workOrderMachine } from '../domain/work-order.ts';

export type WorkOrderQuery = Pick<Prisma.WorkOrderFindUniqueArgs, 'select' | 'include'>;

/** The 报修工单 workflow (SUBMITTED → ASSIGNED → IN_PROGRESS → DONE → RATED → CLOSED; reopen within 7 days). */
export const workOrderWorkflow = defineWorkflow({
  entity: 'WorkOrder',
  noun: '报修工单',
  machine: workOrderMachine,
  load: (tx: Prisma.TransactionClient, id: string) => tx.workOrder.findUnique({ where: { id } }),
  move: async (tx, { row, from, to, data }) => (await tx.workOrder.updateMany({ where: { id: row.id, status: from }, data: { status: to, ...data } })).count,
  read: (tx, id, query: WorkOrderQuery | undefined) => tx.workOrder.findUniqueOrThrow({ ...query, where: { id } }),
});
