import { actingAs } from '@jiguan/shared-schema/context';
import { refusalError } from '@jiguan/shared-schema/errors';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { Sitting } from '../../prisma/generated/enums.ts';
import { cancelMealOrder } from '../actions/cancel-meal-order.ts';
import { orderMeal } from '../actions/order-meal.ts';
import { builder } from '../builder.ts';
import { servicesAccess } from '../domain/access.ts';
import { forecastRangeProblem, mealOrderMachine, orderCutoff, orderProblem } from '../domain/meals.ts';
import { SittingEnum } from './canteen.ts';
import { PersonRef } from './places.ts';

const MealOrderActionEnum = actionEnum(builder, 'MealOrderAction', mealOrderMachine);

builder.prismaObject('MealOrder', {
  description: '报餐: a person’s pre-order of one sitting at a canteen; the canteen’s forecast counts these',
  fields: (t) => ({
    id: t.exposeID('id'),
    canteen: t.relation('canteen'),
    servedOn: t.expose('servedOn', { type: 'Date' }),
    sitting: t.expose('sitting', { type: SittingEnum }),
    person: t.field({ type: PersonRef, description: 'Who eats (who ordered)', resolve: (order) => ({ id: order.personId }) }),
    organization: t.relation('organization', { description: 'The person’s unit when ordering' }),
    orderedAt: t.expose('orderedAt', { type: 'DateTime' }),
    cutoff: t.field({ type: 'DateTime', description: 'When the sitting’s orders close (config MEAL_ORDER_CUTOFFS)', resolve: (order) => orderCutoff(order.servedOn, order.sitting) }),
    allowedActions: t.field({ type: [MealOrderActionEnum], description: ALLOWED_ACTIONS_DESCRIPTION, resolve: (order, _args, context) => allowedActions(mealOrderMachine, context.viewer, order) }),
  }),
});

const MealOrderFilter = builder.inputType('MealOrderFilter', {
  fields: (t) => ({
    canteenId: t.id(),
    sitting: t.field({ type: SittingEnum }),
    from: t.field({ type: 'Date', description: 'On or after' }),
    to: t.field({ type: 'Date', description: 'On or before' }),
    mine: t.boolean({ description: 'Only the viewer’s own orders (我的报餐)' }),
  }),
});

function mealOrderWhere(filter: typeof MealOrderFilter.$inferInput | null | undefined, personId: string | null): Prisma.MealOrderWhereInput {
  return {
    ...(filter?.canteenId ? { canteenId: filter.canteenId } : {}),
    ...(filter?.sitting ? { sitting: filter.sitting } : {}),
    ...(filter?.from || filter?.to ? { servedOn: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } } : {}),
    // A viewer without a person has no orders of their own.
    ...(filter?.mine ? { personId: personId ?? { in: [] } } : {}),
  };
}

/** The pre-orders of one sitting beside the diners counted at it. */
interface MealForecast {
  servedOn: Date;
  sitting: Sitting;
  ordered: number;
  counted: number | null;
}

const MealForecastRef = builder.objectRef<MealForecast>('MealForecast').implement({
  description: 'One sitting of a day: the diners pre-ordered (报餐, counted from the orders) beside those counted at it',
  fields: (t) => ({
    servedOn: t.expose('servedOn', { type: 'Date' }),
    sitting: t.expose('sitting', { type: SittingEnum }),
    ordered: t.exposeInt('ordered', { description: 'Meal orders standing for the sitting' }),
    counted: t.exposeInt('counted', { nullable: true, description: 'MealCount.diners; null until the sitting is counted' }),
  }),
});

const SITTING_ORDER: Sitting[] = ['BREAKFAST', 'LUNCH', 'DINNER'];

/** Whether a sitting of a day takes orders now, and until when. */
interface MealSitting {
  servedOn: Date;
  sitting: Sitting;
}

const MealSittingRef = builder.objectRef<MealSitting>('MealSitting').implement({
  description: 'A sitting of a day as 报餐 sees it: when its orders close, and whether they are open now',
  fields: (t) => ({
    servedOn: t.expose('servedOn', { type: 'Date' }),
    sitting: t.expose('sitting', { type: SittingEnum }),
    cutoff: t.field({ type: 'DateTime', resolve: (meal) => orderCutoff(meal.servedOn, meal.sitting) }),
    open: t.boolean({ description: 'orderMeal takes it now (before the cut-off, within the days ahead)', resolve: (meal) => orderProblem(meal) === null }),
  }),
});

builder.queryFields((t) => ({
  mealOrders: t.prismaConnection({
    type: 'MealOrder',
    cursor: 'id',
    authScopes: servicesAccess.read,
    description: 'Meal orders the viewer sees (a unit user: its unit’s; scope SELF: their own), by day and sitting',
    args: { filter: t.arg({ type: MealOrderFilter }) },
    resolve: (query, _root, { filter }, context) =>
      context.db.mealOrder.findMany({ ...query, where: mealOrderWhere(filter, context.viewer?.personId ?? null), orderBy: [{ servedOn: 'asc' }, { sitting: 'asc' }, { id: 'asc' }] }),
    totalCount: (_connection, { filter }, context) => context.db.mealOrder.count({ where: mealOrderWhere(filter, context.viewer?.personId ?? null) }),
  }),
  mealSittings: t.field({
    type: [MealSittingRef],
    authScopes: servicesAccess.read,
    description: 'The three sittings of a day with their cut-off: a page offers ordering those open',
    args: { servedOn: t.arg({ type: 'Date', required: true }) },
    resolve: (_root, { servedOn }) => SITTING_ORDER.map((sitting) => ({ servedOn, sitting })),
  }),
  mealForecasts: t.field({
    type: [MealForecastRef],
    authScopes: servicesAccess.readFigures,
    description: 'A canteen’s sittings from `from` to `to` (at most 62 days) that have orders or a count: ordered against counted',
    args: { canteenId: t.arg.id({ required: true }), from: t.arg({ type: 'Date', required: true }), to: t.arg({ type: 'Date', required: true }) },
    resolve: async (_root, { canteenId, from, to }, context) => {
      const problem = forecastRangeProblem({ from, to });
      if (problem) throw refusalError(problem);
      const servedOn = { gte: from, lte: to };
      const [orders, counts] = await Promise.all([
        context.db.mealOrder.groupBy({ by: ['servedOn', 'sitting'], where: { canteenId, servedOn }, _count: { _all: true } }),
        context.db.mealCount.findMany({ where: { canteenId, servedOn }, select: { servedOn: true, sitting: true, diners: true } }),
      ]);
      const rows = new Map<string, MealForecast>();
      const row = (day: Date, sitting: Sitting) => {
        const key = `${day.toISOString()}|${sitting}`;
        if (!rows.has(key)) rows.set(key, { servedOn: day, sitting, ordered: 0, counted: null });
        return rows.get(key)!;
      };
      for (const group of orders) row(group.servedOn, group.sitting).ordered = group._count._all;
      for (const count of counts) row(count.servedOn, count.sitting).counted = count.diners;
      return [...rows.values()].sort((a, b) => a.servedOn.getTime() - b.servedOn.getTime() || SITTING_ORDER.indexOf(a.sitting) - SITTING_ORDER.indexOf(b.sitting));
    },
  }),
}));

export const OrderMealInput = builder.inputType('OrderMealInput', {
  validate: domainRule(orderProblem),
  fields: (t) => ({
    canteenId: t.id({ required: true }),
    servedOn: t.field({ type: 'Date', required: true, description: 'Before the sitting’s cut-off, at most 14 days ahead' }),
    sitting: t.field({ type: SittingEnum, required: true }),
  }),
});
const MealOrderStepInput = builder.inputType('MealOrderStepInput', { fields: (t) => ({ id: t.id({ required: true, validate: text(100) }) }) });

builder.mutationFields((t) => ({
  orderMeal: t.prismaField({
    type: 'MealOrder',
    authScopes: servicesAccess.read,
    description: 'The viewer orders a sitting for themselves; CONFLICT MEAL_ALREADY_ORDERED when they have one that day and sitting',
    args: { input: t.arg({ type: OrderMealInput, required: true }) },
    resolve: (query, _root, { input }, context) => orderMeal(actingAs(context), input, query),
  }),
  cancelMealOrder: t.prismaField({
    type: 'MealOrder',
    authScopes: { anyRole: mealOrderMachine.rolesFor('cancel') },
    description: 'Takes back one’s own order before the cut-off (CONFLICT MEAL_ORDERS_CLOSED); answers the order as it was',
    args: { input: t.arg({ type: MealOrderStepInput, required: true }) },
    resolve: (query, _root, { input }, context) => cancelMealOrder(actingAs(context), input, query),
  }),
}));
