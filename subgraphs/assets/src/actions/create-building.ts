import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { ConflictError } from '@jiguan/shared-schema/errors';
import type { BuildingUse, CertificateStatus, TitleRegistration } from '../../prisma/generated/enums.ts';
import { prisma } from '../db.ts';
import { requireOrganization } from './require-organization.ts';

export interface CreateBuildingInput {
  code: string;
  name: string;
  address: string;
  owningUnitId: string;
  usingUnitId?: string | null;
  landArea: string;
  floorArea: string;
  certificateStatus: CertificateStatus;
  titleRegistration: TitleRegistration;
  bookValue: string;
  currentUse: BuildingUse;
  managedSince: Date;
}

/** Takes a property into the register. */
export async function createBuilding(actor: Viewer, input: CreateBuildingInput) {
  const code = input.code.trim();
  try {
    return await prisma.$transaction(async (tx) => {
      await requireOrganization(tx, input.owningUnitId, 'input.owningUnitId');
      if (input.usingUnitId) await requireOrganization(tx, input.usingUnitId, 'input.usingUnitId');
      if (await tx.building.findUnique({ where: { code }, select: { id: true } })) throw new ConflictError(`房屋编号 ${code} 已存在`);
      const building = await tx.building.create({
        data: { ...input, code, name: input.name.trim(), address: input.address.trim(), usingUnitId: input.usingUnitId ?? null },
      });
      await recordAudit(tx, { actor, action: 'building.create', entity: 'Building', entityId: building.id, before: null, after: building });
      return building;
    });
  } catch (error) {
    // Two people registering the same code at once: the loser hits the unique index.
    if (isUniqueViolation(error)) throw new ConflictError(`房屋编号 ${code} 已存在`);
    throw error;
  }
}
