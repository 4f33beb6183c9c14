import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { prisma } from '../db.ts';
import { requireVehicleInService } from './require-vehicle.ts';

export interface RecordTripInput {
  vehicleId: string;
  tripDate: Date;
  distanceKm: string;
  purpose: string;
  driver: string;
}

/** Records a trip of an in-service vehicle. */
export async function recordTrip(actor: Viewer, input: RecordTripInput) {
  return prisma.$transaction(async (tx) => {
    await requireVehicleInService(tx, input.vehicleId, 'input.vehicleId');
    const trip = await tx.trip.create({ data: { ...input, purpose: input.purpose.trim(), driver: input.driver.trim() } });
    await recordAudit(tx, { actor, action: 'trip.record', entity: 'Trip', entityId: trip.id, before: null, after: trip });
    return trip;
  });
}
