import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { ConflictError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { AssetsActionContext } from '../context.ts';
import type { AddFloorInput } from '../schema/room.ts';
import { requireBuilding } from './require-building.ts';

/** Adds a floor to a property; a level exists once a property. */
export async function addFloor({ actor, db }: AssetsActionContext, input: typeof AddFloorInput.$inferInput, query?: Pick<Prisma.FloorFindUniqueArgs, 'select' | 'include'>) {
  try {
    return await db.$transaction(async (tx) => {
      await requireBuilding(tx, input.buildingId, 'input.buildingId');
      const floor = await tx.floor.create({ ...query, data: input });
      await recordAudit(tx, { actor, action: 'floor.add', entity: 'Floor', entityId: floor.id, before: null, after: auditSnapshot(floor) });
      return floor;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`该房屋已有第 ${input.level} 层`, { reason: 'DUPLICATE_FLOOR', params: { level: input.level } });
    throw error;
  }
}
