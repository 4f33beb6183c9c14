import type { ServicesActionContext } from '../context.ts';
import type { RecordMealCountInput } from '../schema/canteen.ts';
import { createAudited } from '@jiguan/shared-schema/workflow/create-audited';
import { canteenExists } from './canteen-exists.ts';

/** Diners counted at a sitting; once per canteen, day and sitting. */
export const recordMealCount = ({ actor, db }: ServicesActionContext, input: typeof RecordMealCountInput.$inferInput, query?: object) =>
  createAudited(db, actor, {
    action: 'mealCount.record',
    entity: 'MealCount',
    requires: canteenExists(input.canteenId),
    create: (tx) => tx.mealCount.create({ ...query, data: input }),
    duplicate: { reason: 'MEAL_ALREADY_COUNTED', message: '该食堂当日该餐次已登记' },
  });
