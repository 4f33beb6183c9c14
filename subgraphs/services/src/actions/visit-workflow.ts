import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { visitMachine, visitSnapshot } from '../domain/visit.ts';

export type VisitQuery = Pick<Prisma.VisitFindUniqueArgs, 'select' | 'include'>;

/** The 访客登记 workflow (EXPECTED → CHECKED_IN → CHECKED_OUT, or NO_SHOW, or CANCELLED); the audit keeps no personal field. */
export const visitWorkflow = defineWorkflow({
  entity: 'Visit',
  noun: '访客登记',
  machine: visitMachine,
  snapshot: visitSnapshot,
  load: (tx: Prisma.TransactionClient, id: string) => tx.visit.findUnique({ where: { id } }),
  move: async (tx, { row, from, to, data }) => (await tx.visit.updateMany({ where: { id: row.id, status: from }, data: { status: to, ...data } })).count,
  read: (tx, id, query: VisitQuery | undefined) => tx.visit.findUniqueOrThrow({ ...query, where: { id } }),
});
