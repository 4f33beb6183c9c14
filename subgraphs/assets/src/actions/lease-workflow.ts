import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { leaseMachine } from '../domain/lease.ts';

export type LeaseQuery = Pick<Prisma.LeaseFindUniqueArgs, 'select' | 'include'>;

/** A lease's one step (end early) and how it is loaded, moved and read back. */
export const leaseWorkflow = defineWorkflow({
  entity: 'Lease',
  noun: '出租出借记录',
  machine: leaseMachine,
  load: (tx: Prisma.TransactionClient, id: string) => tx.lease.findUnique({ where: { id } }),
  move: async (tx, { row, data }) => (await tx.lease.updateMany({ where: { id: row.id, endedOn: null }, data })).count,
  read: (tx, id, query: LeaseQuery | undefined) => tx.lease.findUniqueOrThrow({ ...query, where: { id } }),
});
