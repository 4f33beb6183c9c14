import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError } from '@jiguan/shared-schema/errors';
import { prisma } from '../db.ts';
import { usesFuel } from '../domain/vehicle.ts';
import { requireVehicleInService } from './require-vehicle.ts';

export interface RecordFuelTopUpInput {
  vehicleId: string;
  cardNumber: string;
  toppedUpOn: Date;
  amount: string;
}

/** Records money put on a vehicle's fuel card; battery-electric vehicles have none. */
export async function recordFuelTopUp(actor: Viewer, input: RecordFuelTopUpInput) {
  return prisma.$transaction(async (tx) => {
    const vehicle = await requireVehicleInService(tx, input.vehicleId, 'input.vehicleId');
    if (!usesFuel(vehicle.energyType)) throw new BadUserInputError(`${vehicle.plateNumber} 是纯电动车，没有油卡`, 'input.vehicleId');
    const topUp = await tx.fuelTopUp.create({ data: { ...input, cardNumber: input.cardNumber.trim() } });
    await recordAudit(tx, { actor, action: 'fuelTopUp.record', entity: 'FuelTopUp', entityId: topUp.id, before: null, after: topUp });
    return topUp;
  });
}
