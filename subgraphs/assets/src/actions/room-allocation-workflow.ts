import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { roomAllocationMachine } from '../domain/room-allocation.ts';

export type RoomAllocationQuery = Pick<Prisma.RoomAllocationFindUniqueArgs, 'select' | 'include'>;

/** An allocation's one step (end) and how it is loaded, moved and read back. */
export const roomAllocationWorkflow = defineWorkflow({
  entity: 'RoomAllocation',
  noun: '房间分配',
  machine: roomAllocationMachine,
  load: (tx: Prisma.TransactionClient, id: string) => tx.roomAllocation.findUnique({ where: { id } }),
  move: async (tx, { row, data }) => (await tx.roomAllocation.updateMany({ where: { id: row.id, endedOn: null }, data })).count,
  read: (tx, id, query: RoomAllocationQuery | undefined) => tx.roomAllocation.findUniqueOrThrow({ ...query, where: { id } }),
});
