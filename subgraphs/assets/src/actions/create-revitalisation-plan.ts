import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { ConflictError } from '@jiguan/shared-schema/errors';
import type { PlanType } from '../../prisma/generated/enums.ts';
import { prisma } from '../db.ts';
import { requireBuilding } from './require-building.ts';

export interface CreateRevitalisationPlanInput {
  buildingId: string;
  surveyedOn: Date;
  planType: PlanType;
  expectedYearlyIncome: string;
  description: string;
}

/** Records the plan (一房一策) for an idle property. */
export async function createRevitalisationPlan(actor: Viewer, input: CreateRevitalisationPlanInput) {
  return prisma.$transaction(async (tx) => {
    const building = await requireBuilding(tx, input.buildingId, 'input.buildingId');
    if (building.currentUse !== 'IDLE') throw new ConflictError(`${building.name} 不是闲置房屋，无需制定盘活方案`);
    const plan = await tx.revitalisationPlan.create({ data: { ...input, description: input.description.trim() } });
    await recordAudit(tx, { actor, action: 'revitalisationPlan.create', entity: 'RevitalisationPlan', entityId: plan.id, before: null, after: plan });
    return plan;
  });
}
