import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { NotFoundError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { AssetsActionContext } from '../context.ts';
import type { UpdateBuildingInput } from '../schema/building.ts';
import type { BuildingQuery } from './create-building.ts';
import { requireOrganization } from './require-organization.ts';

/** Changes the given fields of a property; the others stay, and `usingUnitId: null` clears the using unit. */
export async function updateBuilding({ actor, db }: AssetsActionContext, id: string, input: typeof UpdateBuildingInput.$inferInput, query?: BuildingQuery) {
  return db.$transaction(async (tx) => {
    const before = await tx.building.findUnique({ where: { id } });
    if (!before) throw new NotFoundError('房屋', id);
    if (input.usingUnitId) await requireOrganization(tx, input.usingUnitId, 'input.usingUnitId');
    // null clears only the using unit; for every other field "left out" and null both mean "unchanged".
    const given = Object.fromEntries(Object.entries(input).filter(([key, value]) => value != null || key === 'usingUnitId'));
    const after = await tx.building.update({ ...query, where: { id }, data: given as Prisma.BuildingUncheckedUpdateInput });
    await recordAudit(tx, { actor, action: 'building.update', entity: 'Building', entityId: id, before, after: auditSnapshot(after) });
    return after;
  });
}
