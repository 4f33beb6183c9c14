import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { AssetsActionContext } from '../context.ts';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import { disposableQuantity } from '../domain/warehouse-item.ts';
import type { CreateDisposalInput } from '../schema/disposal.ts';
import type { DisposalQuery } from './disposal-workflow.ts';
import { requireOrganization } from './require-organization.ts';

type Input = typeof CreateDisposalInput.$inferInput;

/** Checks that the named asset exists, belongs to the unit and can still be disposed of. */
async function checkAsset(tx: Prisma.TransactionClient, input: Input) {
  if (input.buildingId) {
    const building = await tx.building.findUnique({ where: { id: input.buildingId } });
    if (!building || building.owningUnitId !== input.organizationId) throw new BadUserInputError('所选房屋不属于该单位', 'input.buildingId', { reason: 'NOT_THE_UNITS' });
    if (building.disposedOn) throw new ConflictError(`${building.name} 已处置`, { reason: 'ALREADY_DISPOSED', params: { name: building.name } });
  }
  if (input.vehicleId) {
    const vehicle = await tx.vehicle.findUnique({ where: { id: input.vehicleId } });
    if (!vehicle || vehicle.organizationId !== input.organizationId) throw new BadUserInputError('所选车辆不属于该单位', 'input.vehicleId', { reason: 'NOT_THE_UNITS' });
    if (vehicle.status === 'DISPOSED') throw new ConflictError(`${vehicle.plateNumber} 已处置`, { reason: 'ALREADY_DISPOSED', params: { name: vehicle.plateNumber } });
  }
  if (input.itemId) {
    const item = await tx.warehouseItem.findUnique({ where: { id: input.itemId } });
    if (!item) throw new BadUserInputError('所选物品不存在', 'input.itemId', { reason: 'UNKNOWN_ITEM' });
    if (disposableQuantity(item) === 0) {
      throw new ConflictError(`${item.name} 没有可处置的库存（已处置、已调剂完或有待审批的申请）`, { reason: 'STOCK_EXHAUSTED', params: { item: item.name } });
    }
  }
}

/** Drafts a disposal application, numbered CZ-<year>-<sequence>; which asset it names was checked with the input (disposalTargetProblem). */
export async function createDisposal({ actor, db }: AssetsActionContext, input: Input, query?: DisposalQuery) {
  try {
    return await db.$transaction(async (tx) => {
      await requireOrganization(tx, input.organizationId, 'input.organizationId');
      await checkAsset(tx, input);
      const prefix = `CZ-${businessDate().getUTCFullYear()}-`;
      const sequence = (await tx.disposal.count({ where: { code: { startsWith: prefix } } })) + 1;
      const { reason, ...fields } = input;
      const disposal = await tx.disposal.create({
        ...query,
        data: {
          ...fields,
          code: `${prefix}${String(sequence).padStart(4, '0')}`,
          steps: { create: { fromStatus: null, toStatus: 'DRAFT', actorId: actor.accountId, reason } },
        },
      });
      await recordAudit(tx, { actor, action: 'disposal.create', entity: 'Disposal', entityId: disposal.id, before: null, after: auditSnapshot(disposal) });
      return disposal;
    });
  } catch (error) {
    // Two drafts numbered at once: the loser hits the unique code and may simply try again.
    if (isUniqueViolation(error)) throw new ConflictError('处置单号冲突，请重试', { reason: 'RETRY' });
    throw error;
  }
}
