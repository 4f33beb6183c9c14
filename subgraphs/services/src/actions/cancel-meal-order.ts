import type { MealOrder } from '../../prisma/generated/client.ts';
import type { ServicesActionContext } from '../context.ts';
import { mealOrderMachine } from '../domain/meals.ts';
import { deleteAudited } from './delete-audited.ts';

/** Takes back one's own meal order before the sitting's cut-off; the forecast counts it no more. */
export const cancelMealOrder = ({ actor, db }: ServicesActionContext, input: { id: string }, query?: object) =>
  deleteAudited<MealOrder, 'cancel', MealOrder>(db, actor, {
    id: input.id,
    entity: 'MealOrder',
    action: 'mealOrder.cancel',
    noun: '报餐',
    machine: mealOrderMachine,
    verb: 'cancel',
    load: (tx, id) => tx.mealOrder.findUnique({ where: { id } }),
    read: (tx, id) => tx.mealOrder.findUniqueOrThrow({ ...query, where: { id } }),
    remove: async (tx, id) => (await tx.mealOrder.deleteMany({ where: { id } })).count,
  });
