import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { vehicleBookingMachine } from '../domain/vehicle-booking.ts';

export type VehicleBookingQuery = Pick<Prisma.VehicleBookingFindUniqueArgs, 'select' | 'include'>;

/** A booking's one step (cancel) and how it is loaded, moved and read back. */
export const vehicleBookingWorkflow = defineWorkflow({
  entity: 'VehicleBooking',
  noun: '车辆预订',
  machine: vehicleBookingMachine,
  load: (tx: Prisma.TransactionClient, id: string) => tx.vehicleBooking.findUnique({ where: { id } }),
  move: async (tx, { row, from, to }) => (await tx.vehicleBooking.updateMany({ where: { id: row.id, status: from }, data: { status: to } })).count,
  read: (tx, id, query: VehicleBookingQuery | undefined) => tx.vehicleBooking.findUniqueOrThrow({ ...query, where: { id } }),
});
