import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { ConflictError, NotFoundError } from '@jiguan/shared-schema/errors';
import { prisma } from '../db.ts';
import { businessDate } from '../domain/business-date.ts';
import { vehiclePurchaseMachine } from '../domain/vehicle-purchase.ts';

/** Decides a pending purchase request once; the two verbs differ only in the state they lead to. */
export async function decideVehiclePurchase(actor: Viewer, id: string, verb: 'approve' | 'reject', reason: string | null) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.vehiclePurchaseApproval.findUnique({ where: { id } });
    if (!before) throw new NotFoundError('车辆配备申请', id);
    const status = vehiclePurchaseMachine.next(before.status, verb);
    if (!status) throw new ConflictError(`该申请已处理（${before.status}）`);
    const { count } = await tx.vehiclePurchaseApproval.updateMany({
      where: { id, status: before.status },
      data: { status, decidedOn: businessDate(), decisionReason: reason?.trim() ?? null },
    });
    if (count === 0) throw new ConflictError('该申请已被他人处理，请刷新后重试');
    const after = await tx.vehiclePurchaseApproval.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actor, action: `vehiclePurchase.${verb}`, entity: 'VehiclePurchaseApproval', entityId: id, before, after });
    return after;
  });
}
