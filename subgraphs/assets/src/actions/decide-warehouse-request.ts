import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { ConflictError, NotFoundError } from '@jiguan/shared-schema/errors';
import type { Prisma, WarehouseItem, WarehouseRequest } from '../../prisma/generated/client.ts';
import { prisma } from '../db.ts';
import { warehouseRequestMachine } from '../domain/warehouse-request.ts';

/**
 * The frame of both decisions on a request: load it, check it is still pending, mark it decided
 * (conditionally, so two staff deciding at once cannot both succeed), let `effect` move the pieces,
 * and write the audit record — in one transaction.
 */
export async function decideWarehouseRequest(
  actor: Viewer,
  id: string,
  verb: 'approve' | 'reject',
  reason: string | null,
  effect: (tx: Prisma.TransactionClient, request: WarehouseRequest & { item: WarehouseItem }) => Promise<object>,
) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.warehouseRequest.findUnique({ where: { id }, include: { item: true } });
    if (!before) throw new NotFoundError('调剂申请', id);
    const status = warehouseRequestMachine.next(before.status, verb);
    if (!status) throw new ConflictError(`该申请已处理（${before.status}）`);
    const { count } = await tx.warehouseRequest.updateMany({
      where: { id, status: before.status },
      data: { status, decidedBy: actor.accountId, decidedAt: new Date(), decisionReason: reason?.trim() ?? null },
    });
    if (count === 0) throw new ConflictError('该申请已被他人处理，请刷新后重试');
    const outcome = await effect(tx, before);
    const after = await tx.warehouseRequest.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actor, action: `warehouseRequest.${verb}`, entity: 'WarehouseRequest', entityId: id, before, after: { request: after, ...outcome } });
    return after;
  });
}
