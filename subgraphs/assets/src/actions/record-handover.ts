import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import { prisma } from '../db.ts';
import { requireBuilding } from './require-building.ts';
import { requireOrganization } from './require-organization.ts';

export interface RecordHandoverInput {
  buildingId: string;
  planId?: string | null;
  recipientId: string;
  handedOverOn: Date;
  yearlyRent: string;
}

/**
 * Hands an idle property over to an operator to let: the recipient becomes its using unit, the
 * property counts as leased out, and the plan it implements is done.
 */
export async function recordHandover(actor: Viewer, input: RecordHandoverInput) {
  return prisma.$transaction(async (tx) => {
    const building = await requireBuilding(tx, input.buildingId, 'input.buildingId');
    await requireOrganization(tx, input.recipientId, 'input.recipientId');
    if (input.planId) {
      const plan = await tx.revitalisationPlan.findUnique({ where: { id: input.planId } });
      if (!plan || plan.buildingId !== building.id) throw new BadUserInputError('所选盘活方案不属于该房屋', 'input.planId');
      if (plan.status === 'IMPLEMENTED') throw new ConflictError('该盘活方案已落实');
      await tx.revitalisationPlan.update({ where: { id: plan.id }, data: { status: 'IMPLEMENTED' } });
    }
    // Conditional on the property still being idle, so it is handed over once.
    const { count } = await tx.building.updateMany({
      where: { id: building.id, currentUse: 'IDLE' },
      data: { usingUnitId: input.recipientId, currentUse: 'LEASED_OUT' },
    });
    if (count === 0) throw new ConflictError(`${building.name} 不是闲置房屋，不能移交`);
    const handover = await tx.handover.create({ data: { ...input, planId: input.planId ?? null } });
    await recordAudit(tx, { actor, action: 'handover.record', entity: 'Handover', entityId: handover.id, before: { building }, after: handover });
    return handover;
  });
}
