import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { ConflictError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { AssetsActionContext } from '../context.ts';
import type { RegisterVehicleInput } from '../schema/vehicle.ts';
import { requireOrganization } from './require-organization.ts';

/** Registers an official vehicle; only enforcement vehicles join the time-share pool (checked with the input). */
export async function registerVehicle(
  { actor, db }: AssetsActionContext,
  input: typeof RegisterVehicleInput.$inferInput,
  query?: Pick<Prisma.VehicleFindUniqueArgs, 'select' | 'include'>,
) {
  try {
    return await db.$transaction(async (tx) => {
      await requireOrganization(tx, input.organizationId, 'input.organizationId');
      const vehicle = await tx.vehicle.create({ ...query, data: { ...input, timeShare: input.timeShare ?? false } });
      await recordAudit(tx, { actor, action: 'vehicle.register', entity: 'Vehicle', entityId: vehicle.id, before: null, after: auditSnapshot(vehicle) });
      return vehicle;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`车牌 ${input.plateNumber} 已登记`, { reason: 'DUPLICATE_PLATE', params: { plateNumber: input.plateNumber } });
    throw error;
  }
}
