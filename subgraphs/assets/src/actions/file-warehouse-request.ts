import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError, ConflictError, ForbiddenError } from '@jiguan/shared-schema/errors';
import type { AssetsActionContext } from '../context.ts';
import { canActForUnit } from '../domain/access.ts';
import { itemStateFor } from '../domain/warehouse-item.ts';
import type { FileWarehouseRequestInput } from '../schema/warehouse-request.ts';
import { requireOrganization } from './require-organization.ts';
import type { WarehouseRequestQuery } from './warehouse-request-workflow.ts';

/**
 * Files a reallocation request and reserves its pieces. The reservation is one conditional UPDATE
 * (`available >= n`): PostgreSQL re-checks the condition on the locked row, so of concurrent
 * requests for the last pieces exactly one wins and the others get CONFLICT.
 */
export async function fileWarehouseRequest({ actor, db }: AssetsActionContext, input: typeof FileWarehouseRequestInput.$inferInput, query?: WarehouseRequestQuery) {
  if (!canActForUnit(actor, input.organizationId)) throw new ForbiddenError('只能为本单位申请调剂', { reason: 'OWN_UNIT_ONLY' });
  return db.$transaction(async (tx) => {
    const item = await tx.warehouseItem.findUnique({ where: { id: input.itemId } });
    if (!item) throw new BadUserInputError('所选物品不存在', 'input.itemId', { reason: 'UNKNOWN_ITEM' });
    await requireOrganization(tx, input.organizationId, 'input.organizationId');
    if (input.quantity > item.quantity) {
      throw new BadUserInputError(`申请数量超过该物品总数（${item.quantity} 件）`, 'input.quantity', { reason: 'MORE_THAN_LOT', params: { quantity: item.quantity } });
    }
    const { count } = await tx.warehouseItem.updateMany({
      where: { id: item.id, state: 'LISTED', availableQuantity: { gte: input.quantity } },
      data: { availableQuantity: { decrement: input.quantity }, reservedQuantity: { increment: input.quantity } },
    });
    if (count === 0) throw new ConflictError(`${item.name} 可调剂数量不足，可能已被其他单位申请`, { reason: 'STOCK_EXHAUSTED', params: { item: item.name } });
    const reserved = await tx.warehouseItem.findUniqueOrThrow({ where: { id: item.id } });
    const after = await tx.warehouseItem.update({ where: { id: item.id }, data: { state: itemStateFor(reserved) } });
    const request = await tx.warehouseRequest.create({ ...query, data: { ...input, requestedBy: actor.accountId } });
    await recordAudit(tx, { actor, action: 'warehouseRequest.file', entity: 'WarehouseRequest', entityId: request.id, before: { item }, after: { request: auditSnapshot(request), item: after } });
    return request;
  });
}
