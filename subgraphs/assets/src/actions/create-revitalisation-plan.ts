import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { ConflictError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { AssetsActionContext } from '../context.ts';
import type { CreateRevitalisationPlanInput } from '../schema/revitalisation-plan.ts';
import { requireBuilding } from './require-building.ts';

/** Records the plan (一房一策) for an idle property. */
export async function createRevitalisationPlan(
  { actor, db }: AssetsActionContext,
  input: typeof CreateRevitalisationPlanInput.$inferInput,
  query?: Pick<Prisma.RevitalisationPlanFindUniqueArgs, 'select' | 'include'>,
) {
  return db.$transaction(async (tx) => {
    const building = await requireBuilding(tx, input.buildingId, 'input.buildingId');
    if (building.currentUse !== 'IDLE') {
      throw new ConflictError(`${building.name} 不是闲置房屋，无需制定盘活方案`, { reason: 'NOT_IDLE', params: { name: building.name } });
    }
    const plan = await tx.revitalisationPlan.create({ ...query, data: input });
    await recordAudit(tx, { actor, action: 'revitalisationPlan.create', entity: 'RevitalisationPlan', entityId: plan.id, before: null, after: auditSnapshot(plan) });
    return plan;
  });
}
