import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { ConflictError } from '@jiguan/shared-schema/errors';
import { prisma } from '../db.ts';
import { requireBuilding } from './require-building.ts';

export interface AddFloorInput {
  buildingId: string;
  label: string;
  level: number;
  area: string;
}

/** Adds a floor to a property; a level exists once a property. */
export async function addFloor(actor: Viewer, input: AddFloorInput) {
  try {
    return await prisma.$transaction(async (tx) => {
      await requireBuilding(tx, input.buildingId, 'input.buildingId');
      const floor = await tx.floor.create({ data: { ...input, label: input.label.trim() } });
      await recordAudit(tx, { actor, action: 'floor.add', entity: 'Floor', entityId: floor.id, before: null, after: floor });
      return floor;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`该房屋已有第 ${input.level} 层`);
    throw error;
  }
}
