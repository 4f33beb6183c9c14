import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import { prisma } from '../db.ts';
import { bookingWindowProblem, overlappingBookingsWhere } from '../domain/vehicle-booking.ts';
import { requireOrganization } from './require-organization.ts';

export interface BookVehicleInput {
  vehicleId: string;
  organizationId: string;
  startsAt: Date;
  endsAt: Date;
  purpose: string;
}

/**
 * Books a time-share vehicle for a unit. The vehicle's row is locked first, so bookings of one
 * vehicle are checked one after another and two overlapping ones can never both be written.
 */
export async function bookVehicle(actor: Viewer, input: BookVehicleInput) {
  const problem = bookingWindowProblem(input);
  if (problem) throw new BadUserInputError(problem, 'input.endsAt');
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM assets."Vehicle" WHERE id = ${input.vehicleId} FOR UPDATE`;
    if (locked.length === 0) throw new BadUserInputError('所选车辆不存在', 'input.vehicleId');
    const vehicle = await tx.vehicle.findUniqueOrThrow({ where: { id: input.vehicleId } });
    if (!vehicle.timeShare || vehicle.status !== 'IN_SERVICE') throw new BadUserInputError(`${vehicle.plateNumber} 不在分时租赁车辆池中`, 'input.vehicleId');
    await requireOrganization(tx, input.organizationId, 'input.organizationId');
    const clash = await tx.vehicleBooking.findFirst({ where: overlappingBookingsWhere(vehicle.id, input), orderBy: { startsAt: 'asc' } });
    if (clash) throw new ConflictError(`${vehicle.plateNumber} 在 ${clash.startsAt.toISOString()} – ${clash.endsAt.toISOString()} 已被预订`);
    const booking = await tx.vehicleBooking.create({ data: { ...input, purpose: input.purpose.trim() } });
    await recordAudit(tx, { actor, action: 'vehicleBooking.book', entity: 'VehicleBooking', entityId: booking.id, before: null, after: booking });
    return booking;
  });
}
