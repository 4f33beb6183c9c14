import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { AssetsActionContext } from '../context.ts';
import type { RecordHandoverInput } from '../schema/handover.ts';
import { requireBuilding } from './require-building.ts';
import { requireOrganization } from './require-organization.ts';

/**
 * Hands an idle property over to an operator to let: the recipient becomes its using unit, the
 * property counts as leased out, and the plan it implements is done.
 */
export async function recordHandover(
  { actor, db }: AssetsActionContext,
  input: typeof RecordHandoverInput.$inferInput,
  query?: Pick<Prisma.HandoverFindUniqueArgs, 'select' | 'include'>,
) {
  return db.$transaction(async (tx) => {
    const building = await requireBuilding(tx, input.buildingId, 'input.buildingId');
    await requireOrganization(tx, input.recipientId, 'input.recipientId');
    if (input.planId) {
      const plan = await tx.revitalisationPlan.findUnique({ where: { id: input.planId } });
      if (!plan || plan.buildingId !== building.id) throw new BadUserInputError('所选盘活方案不属于该房屋', 'input.planId', { reason: 'PLAN_OF_ANOTHER_BUILDING' });
      if (plan.status === 'IMPLEMENTED') throw new ConflictError('该盘活方案已落实', { reason: 'PLAN_IMPLEMENTED' });
      await tx.revitalisationPlan.update({ where: { id: plan.id }, data: { status: 'IMPLEMENTED' } });
    }
    // Conditional on the property still being idle, so it is handed over once.
    const { count } = await tx.building.updateMany({
      where: { id: building.id, currentUse: 'IDLE' },
      data: { usingUnitId: input.recipientId, currentUse: 'LEASED_OUT' },
    });
    if (count === 0) throw new ConflictError(`${building.name} 不是闲置房屋，不能移交`, { reason: 'NOT_IDLE', params: { name: building.name } });
    const handover = await tx.handover.create({ ...query, data: { ...input, planId: input.planId ?? null } });
    await recordAudit(tx, { actor, action: 'handover.record', entity: 'Handover', entityId: handover.id, before: { building }, after: auditSnapshot(handover) });
    return handover;
  });
}
