import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { AssetsActionContext } from '../context.ts';
import type { RecordTripInput } from '../schema/trip.ts';
import { requireVehicleInService } from './require-vehicle.ts';

/** Records a trip of an in-service vehicle. */
export async function recordTrip({ actor, db }: AssetsActionContext, input: typeof RecordTripInput.$inferInput, query?: Pick<Prisma.TripFindUniqueArgs, 'select' | 'include'>) {
  return db.$transaction(async (tx) => {
    await requireVehicleInService(tx, input.vehicleId, 'input.vehicleId');
    const trip = await tx.trip.create({ ...query, data: input });
    await recordAudit(tx, { actor, action: 'trip.record', entity: 'Trip', entityId: trip.id, before: null, after: auditSnapshot(trip) });
    return trip;
  });
}
