import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { ConflictError, NotFoundError } from '@jiguan/shared-schema/errors';
import { prisma } from '../db.ts';
import { vehicleBookingMachine } from '../domain/vehicle-booking.ts';

/** Cancels a booking, freeing its window. */
export async function cancelVehicleBooking(actor: Viewer, id: string) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.vehicleBooking.findUnique({ where: { id } });
    if (!before) throw new NotFoundError('车辆预订', id);
    const status = vehicleBookingMachine.next(before.status, 'cancel');
    if (!status) throw new ConflictError('该预订已取消');
    const { count } = await tx.vehicleBooking.updateMany({ where: { id, status: before.status }, data: { status } });
    if (count === 0) throw new ConflictError('该预订已取消');
    const after = await tx.vehicleBooking.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actor, action: 'vehicleBooking.cancel', entity: 'VehicleBooking', entityId: id, before, after });
    return after;
  });
}
