import { viewerFixture } from '@jiguan/shared-schema/testing/viewer-fixture';
import { describe, expect, it } from 'vitest';
import { loadMealOrderCutoffs } from '../config.ts';
import { forecastRangeProblem, mealOrderMachine, menuDayProblem, menuDishMachine, orderCutoff, orderProblem } from './meals.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const cutoffs = loadMealOrderCutoffs({});

describe('meal orders (报餐)', () => {
  it('close the day before at 16:00 Shanghai for breakfast and lunch, on the day at 10:00 for dinner', () => {
    expect(orderCutoff(day('2026-12-10'), 'LUNCH', cutoffs).toISOString()).toBe('2026-12-09T08:00:00.000Z');
    expect(orderCutoff(day('2026-12-10'), 'BREAKFAST', cutoffs).toISOString()).toBe('2026-12-09T08:00:00.000Z');
    expect(orderCutoff(day('2026-12-10'), 'DINNER', cutoffs).toISOString()).toBe('2026-12-10T02:00:00.000Z');
    expect(loadMealOrderCutoffs({ MEAL_ORDER_CUTOFFS: 'LUNCH=2@09:30' }).LUNCH).toEqual({ daysBefore: 2, time: '09:30' });
    expect(() => loadMealOrderCutoffs({ MEAL_ORDER_CUTOFFS: 'LUNCH=16:00' })).toThrow(/MEAL_ORDER_CUTOFFS/);
  });

  it('refuse a sitting past its cut-off or beyond the menus’ fortnight, on servedOn', () => {
    const input = { servedOn: day('2026-12-10'), sitting: 'LUNCH' as const };
    expect(orderProblem(input, new Date('2026-12-09T07:59:00Z'), cutoffs)).toBeNull();
    expect(orderProblem(input, new Date('2026-12-09T08:00:00Z'), cutoffs)).toMatchObject({ reason: 'MEAL_ORDERS_CLOSED', field: 'servedOn' });
    expect(orderProblem({ servedOn: day('2026-12-31'), sitting: 'LUNCH' }, new Date('2026-12-09T01:00:00Z'), cutoffs)).toMatchObject({ reason: 'MEAL_ORDER_TOO_FAR_AHEAD', params: { days: 14 } });
  });

  it('are cancelled by their own person only, before the cut-off', () => {
    const order = { personId: 'p-1', servedOn: day('2099-01-05'), sitting: 'LUNCH' as const };
    expect(mealOrderMachine.allowed(viewerFixture({ roles: ['UNIT_USER'], personId: 'p-1' }), order)).toEqual(['cancel']);
    expect(mealOrderMachine.refusal(viewerFixture({ roles: ['SERVICES_STAFF'], personId: 'p-2' }), order, 'cancel')).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWN_MEAL_ORDER' });
    expect(mealOrderMachine.refusal(viewerFixture({ roles: ['UNIT_USER'], personId: 'p-1' }), { ...order, servedOn: day('2024-12-16') }, 'cancel')).toMatchObject({ code: 'CONFLICT', reason: 'MEAL_ORDERS_CLOSED' });
  });
});

describe('the menu (一菜一价)', () => {
  it('takes dishes for today and later, and withdraws them until served, by staff', () => {
    expect(menuDayProblem({ servedOn: day('2026-12-08') }, new Date('2026-12-07T17:00:00Z'))).toBeNull(); // already the 8th in Shanghai
    expect(menuDayProblem({ servedOn: day('2026-12-07') }, new Date('2026-12-07T17:00:00Z'))).toMatchObject({ reason: 'IN_THE_PAST', field: 'servedOn' });
    expect(menuDishMachine.allowed(viewerFixture({ roles: ['SERVICES_STAFF'] }), { servedOn: day('2099-01-05') })).toEqual(['remove']);
    expect(menuDishMachine.allowed(viewerFixture({ roles: ['UNIT_USER'] }), { servedOn: day('2099-01-05') })).toEqual([]);
    expect(menuDishMachine.refusal(viewerFixture({ roles: ['SERVICES_STAFF'] }), { servedOn: day('2024-12-02') }, 'remove')).toMatchObject({ code: 'CONFLICT', reason: 'MENU_DAY_SERVED' });
  });

  it('bounds a forecast to 62 days in order', () => {
    expect(forecastRangeProblem({ from: day('2024-12-01'), to: day('2025-01-31') })).toBeNull();
    expect(forecastRangeProblem({ from: day('2024-12-01'), to: day('2025-02-01') })).toMatchObject({ reason: 'RANGE_TOO_LONG', field: 'to' });
    expect(forecastRangeProblem({ from: day('2024-12-02'), to: day('2024-12-01') })).toMatchObject({ reason: 'ENDS_BEFORE_START' });
  });
});
