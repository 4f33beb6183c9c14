import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { AssetsActionContext } from '../context.ts';
import type { ListWarehouseItemInput } from '../schema/warehouse-item.ts';
import { requireOrganization } from './require-organization.ts';

/** Takes pieces a unit hands in into a warehouse (入仓); they are listed at once. */
export async function listWarehouseItem(
  { actor, db }: AssetsActionContext,
  input: typeof ListWarehouseItemInput.$inferInput,
  query?: Pick<Prisma.WarehouseItemFindUniqueArgs, 'select' | 'include'>,
) {
  try {
    return await db.$transaction(async (tx) => {
      if (!(await tx.warehouse.findUnique({ where: { id: input.warehouseId }, select: { id: true } }))) {
        throw new BadUserInputError('所选公物仓不存在', 'input.warehouseId', { reason: 'UNKNOWN_WAREHOUSE' });
      }
      await requireOrganization(tx, input.fromUnitId, 'input.fromUnitId');
      const item = await tx.warehouseItem.create({ ...query, data: { ...input, availableQuantity: input.quantity, origin: 'UNIT_TRANSFER', state: 'LISTED' } });
      await recordAudit(tx, { actor, action: 'warehouseItem.list', entity: 'WarehouseItem', entityId: item.id, before: null, after: auditSnapshot(item) });
      return item;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`物品编号 ${input.code} 已存在`, { reason: 'DUPLICATE_CODE', params: { code: input.code } });
    throw error;
  }
}
