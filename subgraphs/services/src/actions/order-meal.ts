import { ForbiddenError } from '@jiguan/shared-schema/errors';
import type { ServicesActionContext } from '../context.ts';
import type { OrderMealInput } from '../schema/meal-order.ts';
import { createAudited } from '@jiguan/shared-schema/workflow/create-audited';
import { canteenExists } from './canteen-exists.ts';
import { registerUnit } from './register-unit.ts';

/**
 * 报餐: the viewer orders a sitting at a canteen for themselves (their person and unit from the
 * verified token), before its cut-off (the input's rule); once a person, day and sitting.
 */
export async function orderMeal({ actor, db }: ServicesActionContext, input: typeof OrderMealInput.$inferInput, query?: object) {
  const { personId, organizationId } = actor;
  if (!personId) throw new ForbiddenError('账号未关联人员，不能报餐', { reason: 'NO_OWN_PERSON' });
  if (!organizationId) throw new ForbiddenError('账号未归属单位', { reason: 'NO_OWN_UNIT' });
  return createAudited(db, actor, {
    action: 'mealOrder.order',
    entity: 'MealOrder',
    requires: canteenExists(input.canteenId),
    create: async (tx) => {
      await registerUnit(tx, organizationId);
      return tx.mealOrder.create({ ...query, data: { ...input, personId, organizationId } });
    },
    duplicate: { reason: 'MEAL_ALREADY_ORDERED', message: '当日该餐次已报餐' },
  });
}
