import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { DisposalAssetKind, DisposalMethod } from '../../prisma/generated/enums.ts';
import { prisma } from '../db.ts';
import { businessDate } from '../domain/business-date.ts';
import { disposalTargetProblem } from '../domain/disposal.ts';
import { disposableQuantity } from '../domain/warehouse-item.ts';
import { requireOrganization } from './require-organization.ts';

export interface CreateDisposalInput {
  organizationId: string;
  assetKind: DisposalAssetKind;
  assetCardNumber: string;
  assetName: string;
  buildingId?: string | null;
  vehicleId?: string | null;
  itemId?: string | null;
  value: string;
  method: DisposalMethod;
  reason: string;
}

/** Checks that the named asset exists, belongs to the unit and can still be disposed of. */
async function checkAsset(tx: Prisma.TransactionClient, input: CreateDisposalInput) {
  if (input.buildingId) {
    const building = await tx.building.findUnique({ where: { id: input.buildingId } });
    if (!building || building.owningUnitId !== input.organizationId) throw new BadUserInputError('所选房屋不属于该单位', 'input.buildingId');
    if (building.disposedOn) throw new ConflictError(`${building.name} 已处置`);
  }
  if (input.vehicleId) {
    const vehicle = await tx.vehicle.findUnique({ where: { id: input.vehicleId } });
    if (!vehicle || vehicle.organizationId !== input.organizationId) throw new BadUserInputError('所选车辆不属于该单位', 'input.vehicleId');
    if (vehicle.status === 'DISPOSED') throw new ConflictError(`${vehicle.plateNumber} 已处置`);
  }
  if (input.itemId) {
    const item = await tx.warehouseItem.findUnique({ where: { id: input.itemId } });
    if (!item) throw new BadUserInputError('所选物品不存在', 'input.itemId');
    if (disposableQuantity(item) === 0) throw new ConflictError(`${item.name} 没有可处置的库存（已处置、已调剂完或有待审批的申请）`);
  }
}

/** Drafts a disposal application, numbered CZ-<year>-<sequence>. */
export async function createDisposal(actor: Viewer, input: CreateDisposalInput) {
  const problem = disposalTargetProblem(input);
  if (problem) throw new BadUserInputError(problem.message, `input.${problem.field}`);
  try {
    return await prisma.$transaction(async (tx) => {
      await requireOrganization(tx, input.organizationId, 'input.organizationId');
      await checkAsset(tx, input);
      const prefix = `CZ-${businessDate().getUTCFullYear()}-`;
      const sequence = (await tx.disposal.count({ where: { code: { startsWith: prefix } } })) + 1;
      const { reason, ...fields } = input;
      const disposal = await tx.disposal.create({
        data: {
          ...fields,
          code: `${prefix}${String(sequence).padStart(4, '0')}`,
          assetCardNumber: input.assetCardNumber.trim(),
          assetName: input.assetName.trim(),
          steps: { create: { fromStatus: null, toStatus: 'DRAFT', actorId: actor.accountId, reason: reason.trim() } },
        },
      });
      await recordAudit(tx, { actor, action: 'disposal.create', entity: 'Disposal', entityId: disposal.id, before: null, after: disposal });
      return disposal;
    });
  } catch (error) {
    // Two drafts numbered at once: the loser hits the unique code and may simply try again.
    if (isUniqueViolation(error)) throw new ConflictError('处置单号冲突，请重试');
    throw error;
  }
}
