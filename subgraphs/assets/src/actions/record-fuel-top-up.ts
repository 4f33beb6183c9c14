import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { AssetsActionContext } from '../context.ts';
import { usesFuel } from '../domain/vehicle.ts';
import type { RecordFuelTopUpInput } from '../schema/fuel-top-up.ts';
import { requireVehicleInService } from './require-vehicle.ts';

/** Records money put on a vehicle's fuel card; battery-electric vehicles have none. */
export async function recordFuelTopUp(
  { actor, db }: AssetsActionContext,
  input: typeof RecordFuelTopUpInput.$inferInput,
  query?: Pick<Prisma.FuelTopUpFindUniqueArgs, 'select' | 'include'>,
) {
  return db.$transaction(async (tx) => {
    const vehicle = await requireVehicleInService(tx, input.vehicleId, 'input.vehicleId');
    if (!usesFuel(vehicle.energyType)) {
      throw new BadUserInputError(`${vehicle.plateNumber} 是纯电动车，没有油卡`, 'input.vehicleId', { reason: 'NO_FUEL_CARD', params: { plateNumber: vehicle.plateNumber } });
    }
    const topUp = await tx.fuelTopUp.create({ ...query, data: input });
    await recordAudit(tx, { actor, action: 'fuelTopUp.record', entity: 'FuelTopUp', entityId: topUp.id, before: null, after: auditSnapshot(topUp) });
    return topUp;
  });
}
