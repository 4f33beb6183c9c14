import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';

/** The in-service vehicle an input names; `field` names the input to fix when there is none. */
export async function requireVehicleInService(tx: Prisma.TransactionClient, id: string, field: string) {
  const vehicle = await tx.vehicle.findUnique({ where: { id } });
  if (!vehicle) throw new BadUserInputError('所选车辆不存在', field, { reason: 'UNKNOWN_VEHICLE' });
  if (vehicle.status !== 'IN_SERVICE') throw new ConflictError(`${vehicle.plateNumber} 已处置`, { reason: 'ALREADY_DISPOSED', params: { name: vehicle.plateNumber } });
  return vehicle;
}
