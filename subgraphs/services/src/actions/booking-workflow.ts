import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { bookingMachine } from '../domain/booking.ts';

export type RoomBookingQuery = Pick<Prisma.RoomBookingFindUniqueArgs, 'select' | 'include'>;

/** The 会议室预定 workflow (REQUESTED → APPROVED / REJECTED → CHECKED_IN → COMPLETED, or CANCELLED). */
export const bookingWorkflow = defineWorkflow({
  entity: 'RoomBooking',
  noun: '会议室预定',
  machine: bookingMachine,
  load: (tx: Prisma.TransactionClient, id: string) => tx.roomBooking.findUnique({ where: { id } }),
  move: async (tx, { row, from, to, data }) => (await tx.roomBooking.updateMany({ where: { id: row.id, status: from }, data: { status: to, ...data } })).count,
  read: (tx, id, query: RoomBookingQuery | undefined) => tx.roomBooking.findUniqueOrThrow({ ...query, where: { id } }),
});
