import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import type { ItemCategory, ItemCondition } from '../../prisma/generated/enums.ts';
import { prisma } from '../db.ts';
import { requireOrganization } from './require-organization.ts';

export interface ListWarehouseItemInput {
  warehouseId: string;
  code: string;
  category: ItemCategory;
  name: string;
  quantity: number;
  originalValue: string;
  assessedValue: string;
  newPrice: string;
  fromUnitId: string;
  condition: ItemCondition;
  listedOn: Date;
}

/** Takes pieces a unit hands in into a warehouse (入仓); they are listed at once. */
export async function listWarehouseItem(actor: Viewer, input: ListWarehouseItemInput) {
  const code = input.code.trim();
  try {
    return await prisma.$transaction(async (tx) => {
      if (!(await tx.warehouse.findUnique({ where: { id: input.warehouseId }, select: { id: true } }))) {
        throw new BadUserInputError('所选公物仓不存在', 'input.warehouseId');
      }
      await requireOrganization(tx, input.fromUnitId, 'input.fromUnitId');
      const item = await tx.warehouseItem.create({
        data: { ...input, code, name: input.name.trim(), availableQuantity: input.quantity, origin: 'UNIT_TRANSFER', state: 'LISTED' },
      });
      await recordAudit(tx, { actor, action: 'warehouseItem.list', entity: 'WarehouseItem', entityId: item.id, before: null, after: item });
      return item;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`物品编号 ${code} 已存在`);
    throw error;
  }
}
