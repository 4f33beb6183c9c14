import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import type { AssetsActionContext } from '../context.ts';
import { table } from '../db.ts';
import { overlappingBookingsWhere } from '../domain/vehicle-booking.ts';
import type { BookVehicleInput } from '../schema/vehicle-booking.ts';
import { requireOrganization } from './require-organization.ts';
import type { VehicleBookingQuery } from './vehicle-booking-workflow.ts';

/**
 * Books a time-share vehicle for a unit. The vehicle's row is locked first, so bookings of one
 * vehicle are checked one after another and two overlapping ones can never both be written.
 */
export async function bookVehicle({ actor, db }: AssetsActionContext, input: typeof BookVehicleInput.$inferInput, query?: VehicleBookingQuery) {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM ${table('Vehicle')} WHERE id = ${input.vehicleId} FOR UPDATE`;
    if (locked.length === 0) throw new BadUserInputError('所选车辆不存在', 'input.vehicleId', { reason: 'UNKNOWN_VEHICLE' });
    const vehicle = await tx.vehicle.findUniqueOrThrow({ where: { id: input.vehicleId } });
    if (!vehicle.timeShare || vehicle.status !== 'IN_SERVICE') {
      throw new BadUserInputError(`${vehicle.plateNumber} 不在分时租赁车辆池中`, 'input.vehicleId', { reason: 'NOT_IN_POOL', params: { plateNumber: vehicle.plateNumber } });
    }
    await requireOrganization(tx, input.organizationId, 'input.organizationId');
    const clash = await tx.vehicleBooking.findFirst({ where: overlappingBookingsWhere(vehicle.id, input), orderBy: { startsAt: 'asc' } });
    if (clash) {
      throw new ConflictError(`${vehicle.plateNumber} 在 ${clash.startsAt.toISOString()} – ${clash.endsAt.toISOString()} 已被预订`, {
        reason: 'OVERLAP',
        params: { plateNumber: vehicle.plateNumber, startsAt: clash.startsAt.toISOString(), endsAt: clash.endsAt.toISOString(), bookingId: clash.id },
      });
    }
    const booking = await tx.vehicleBooking.create({ ...query, data: input });
    await recordAudit(tx, { actor, action: 'vehicleBooking.book', entity: 'VehicleBooking', entityId: booking.id, before: null, after: auditSnapshot(booking) });
    return booking;
  });
}
