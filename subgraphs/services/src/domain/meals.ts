import type { Refusal } from '@jiguan/shared-schema/errors';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';
import type { Sitting } from '../../prisma/generated/enums.ts';
import { loadMealOrderCutoffs, MEAL_ORDER_DAYS_AHEAD, type MealOrderCutoff } from '../config.ts';
import { SERVICES_READERS, SERVICES_WRITERS } from './access.ts';

const DAY_MS = 86_400_000;
const CUTOFFS = loadMealOrderCutoffs();

/** The instant the pre-orders of a sitting on `servedOn` (a `@db.Date` day) close. Shanghai keeps no summer time: +08:00 all year. */
export function orderCutoff(servedOn: Date, sitting: Sitting, cutoffs: Record<Sitting, MealOrderCutoff> = CUTOFFS): Date {
  const { daysBefore, time } = cutoffs[sitting];
  const day = new Date(servedOn.getTime() - daysBefore * DAY_MS).toISOString().slice(0, 10);
  return new Date(`${day}T${time}:00+08:00`);
}

/** Why a person may not order this sitting now (closed, or beyond the menus' horizon), on the input's `servedOn`. */
export function orderProblem(input: { servedOn: Date; sitting: Sitting }, now: Date = new Date(), cutoffs: Record<Sitting, MealOrderCutoff> = CUTOFFS): Refusal | null {
  const cutoff = orderCutoff(input.servedOn, input.sitting, cutoffs);
  if (now.getTime() >= cutoff.getTime()) {
    return { code: 'BAD_USER_INPUT', reason: 'MEAL_ORDERS_CLOSED', message: `报餐已于 ${shanghaiTime(cutoff)} 截止`, field: 'servedOn', params: { cutoff: cutoff.toISOString() } };
  }
  const last = new Date(businessDate(now).getTime() + MEAL_ORDER_DAYS_AHEAD * DAY_MS);
  if (input.servedOn.getTime() > last.getTime()) {
    return { code: 'BAD_USER_INPUT', reason: 'MEAL_ORDER_TOO_FAR_AHEAD', message: `最多提前 ${MEAL_ORDER_DAYS_AHEAD} 天报餐`, field: 'servedOn', params: { days: MEAL_ORDER_DAYS_AHEAD } };
  }
  return null;
}

/** A dish is published for today or a later day; a served menu is the record of what was served. */
export function menuDayProblem(input: { servedOn: Date }, now: Date = new Date()): Refusal | null {
  if (input.servedOn.getTime() < businessDate(now).getTime()) return { code: 'BAD_USER_INPUT', reason: 'IN_THE_PAST', message: '日期已过', field: 'servedOn' };
  return null;
}

const shanghaiTime = (instant: Date) => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

type OrderForRules = { personId: string; servedOn: Date; sitting: Sitting };

/** 报餐: an order stands until its person cancels it, before the sitting's cut-off. */
export const mealOrderMachine = stateMachine<'ORDERED' | 'CANCELLED', 'cancel', OrderForRules>({
  stateOf: () => 'ORDERED',
  transitions: {
    cancel: {
      from: ['ORDERED'],
      to: 'CANCELLED',
      roles: SERVICES_READERS,
      refuse: (viewer, order) => {
        // Staff see every order, but an order is its person's to take back.
        if (order.personId !== viewer.personId) return { code: 'FORBIDDEN', reason: 'NOT_OWN_MEAL_ORDER', message: '只能取消本人的报餐' };
        const cutoff = orderCutoff(order.servedOn, order.sitting);
        if (Date.now() >= cutoff.getTime()) return { code: 'CONFLICT', reason: 'MEAL_ORDERS_CLOSED', message: `报餐已于 ${shanghaiTime(cutoff)} 截止，不能取消`, params: { cutoff: cutoff.toISOString() } };
        return null;
      },
    },
  },
});

/** 一菜一价: a dish stays on the menu until staff withdraw it, up to the day it is served. */
export const menuDishMachine = stateMachine<'ON_MENU' | 'WITHDRAWN', 'remove', { servedOn: Date }>({
  stateOf: () => 'ON_MENU',
  transitions: {
    remove: {
      from: ['ON_MENU'],
      to: 'WITHDRAWN',
      roles: SERVICES_WRITERS,
      refuse: (_viewer, dish) => (dish.servedOn.getTime() < businessDate().getTime() ? { code: 'CONFLICT', reason: 'MENU_DAY_SERVED', message: '该日菜单已供应，不能撤下' } : null),
    },
  },
});

/** The longest span a forecast is asked for: two months of days. */
export const FORECAST_MAX_DAYS = 62;

/** A forecast's days: `to` on or after `from`, at most {@link FORECAST_MAX_DAYS} of them. */
export function forecastRangeProblem(range: { from: Date; to: Date }): Refusal | null {
  if (range.to.getTime() < range.from.getTime()) return { code: 'BAD_USER_INPUT', reason: 'ENDS_BEFORE_START', message: '结束日期须不早于开始日期', field: 'to' };
  if ((range.to.getTime() - range.from.getTime()) / DAY_MS + 1 > FORECAST_MAX_DAYS) {
    return { code: 'BAD_USER_INPUT', reason: 'RANGE_TOO_LONG', message: `最多查询 ${FORECAST_MAX_DAYS} 天`, field: 'to', params: { days: FORECAST_MAX_DAYS } };
  }
  return null;
}
