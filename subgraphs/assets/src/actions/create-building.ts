import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { ConflictError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { AssetsActionContext } from '../context.ts';
import type { CreateBuildingInput } from '../schema/building.ts';
import { requireOrganization } from './require-organization.ts';

export type BuildingQuery = Pick<Prisma.BuildingFindUniqueArgs, 'select' | 'include'>;

/** Takes a property into the register; a register number is used once. */
export async function createBuilding({ actor, db }: AssetsActionContext, input: typeof CreateBuildingInput.$inferInput, query?: BuildingQuery) {
  const duplicate = () => new ConflictError(`房屋编号 ${input.code} 已存在`, { reason: 'DUPLICATE_CODE', params: { code: input.code } });
  try {
    return await db.$transaction(async (tx) => {
      await requireOrganization(tx, input.owningUnitId, 'input.owningUnitId');
      if (input.usingUnitId) await requireOrganization(tx, input.usingUnitId, 'input.usingUnitId');
      if (await tx.building.findUnique({ where: { code: input.code }, select: { id: true } })) throw duplicate();
      const building = await tx.building.create({ ...query, data: { ...input, usingUnitId: input.usingUnitId ?? null } });
      await recordAudit(tx, { actor, action: 'building.create', entity: 'Building', entityId: building.id, before: null, after: auditSnapshot(building) });
      return building;
    });
  } catch (error) {
    // Two people registering the same code at once: the loser hits the unique index.
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}
