import type { DirectoryChecks, FinanceActionContext } from '../context.ts';
import type { OpenMealCardInput } from '../schema/meal-card.ts';
import { createAudited } from '@jiguan/shared-schema/workflow/create-audited';

/** 开卡: finance staff open a person's meal card (one per person), balance 0. */
export async function openMealCard({ actor, db }: FinanceActionContext, directory: DirectoryChecks, input: typeof OpenMealCardInput.$inferInput, query?: object) {
  await directory.requireDirectoryUnit(input.organizationId, 'input.organizationId');
  await directory.requireDirectoryPeople([input.personId], 'input.personId');
  const now = new Date();
  return createAudited(db, actor, {
    action: 'mealCard.open',
    entity: 'MealCard',
    create: async (tx) => {
      await tx.organization.upsert({ where: { id: input.organizationId }, create: { id: input.organizationId }, update: {} });
      return tx.mealCard.create({ ...query, data: { personId: input.personId, organizationId: input.organizationId, balance: '0', status: 'ACTIVE', openedOn: now, lastActivityAt: now } });
    },
    duplicate: { reason: 'MEAL_CARD_EXISTS', message: '该人员已有饭卡' },
  });
}
