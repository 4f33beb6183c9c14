import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { NotFoundError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { BuildingUse, CertificateStatus, TitleRegistration } from '../../prisma/generated/enums.ts';
import { prisma } from '../db.ts';
import { requireOrganization } from './require-organization.ts';

export interface UpdateBuildingInput {
  name?: string | null;
  address?: string | null;
  /** null clears the using unit (the property falls idle); undefined leaves it */
  usingUnitId?: string | null;
  landArea?: string | null;
  floorArea?: string | null;
  certificateStatus?: CertificateStatus | null;
  titleRegistration?: TitleRegistration | null;
  bookValue?: string | null;
  currentUse?: BuildingUse | null;
}

/** Changes the given fields of a property; the others stay. */
export async function updateBuilding(actor: Viewer, id: string, input: UpdateBuildingInput) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.building.findUnique({ where: { id } });
    if (!before) throw new NotFoundError('房屋', id);
    if (input.usingUnitId) await requireOrganization(tx, input.usingUnitId, 'input.usingUnitId');
    const data: Prisma.BuildingUncheckedUpdateInput = {
      ...(input.name != null ? { name: input.name.trim() } : {}),
      ...(input.address != null ? { address: input.address.trim() } : {}),
      ...(input.usingUnitId !== undefined ? { usingUnitId: input.usingUnitId } : {}),
      ...(input.landArea != null ? { landArea: input.landArea } : {}),
      ...(input.floorArea != null ? { floorArea: input.floorArea } : {}),
      ...(input.certificateStatus != null ? { certificateStatus: input.certificateStatus } : {}),
      ...(input.titleRegistration != null ? { titleRegistration: input.titleRegistration } : {}),
      ...(input.bookValue != null ? { bookValue: input.bookValue } : {}),
      ...(input.currentUse != null ? { currentUse: input.currentUse } : {}),
    };
    const after = await tx.building.update({ where: { id }, data });
    await recordAudit(tx, { actor, action: 'building.update', entity: 'Building', entityId: id, before, after });
    return after;
  });
}
