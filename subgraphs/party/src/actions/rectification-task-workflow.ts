import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { rectificationTaskMachine } from '../domain/rectification-task.ts';

export type RectificationTaskQuery = Pick<Prisma.RectificationTaskFindUniqueArgs, 'select' | 'include'>;

/** The 巡察整改 workflow (OPEN → IN_PROGRESS → DONE → VERIFIED, or back to IN_PROGRESS). */
export const rectificationTaskWorkflow = defineWorkflow({
  entity: 'RectificationTask',
  noun: '整改任务',
  machine: rectificationTaskMachine,
  load: (tx: Prisma.TransactionClient, id: string) => tx.rectificationTask.findUnique({ where: { id } }),
  move: async (tx, { row, from, to, data }) => (await tx.rectificationTask.updateMany({ where: { id: row.id, status: from }, data: { status: to, ...data } })).count,
  read: (tx, id, query: RectificationTaskQuery | undefined) => tx.rectificationTask.findUniqueOrThrow({ ...query, where: { id } }),
});
