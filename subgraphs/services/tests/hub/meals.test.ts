import { demoAccountPersonId } from '@jiguan/demo-data/demo-accounts';
import { describe, expect, it } from 'vitest';
import { ADD_DISH, as, AUDIT_UNIT, auditCount, CANCEL_ORDER, dataOf, expectError, ORDER_MEAL, shanghaiDay, sql } from './client.ts';

/**
 * 一菜一价 and 报餐 through the gateway: staff publish and withdraw dishes, every reader reads the
 * menu; a person orders a sitting for themselves before its cut-off, once, and only they cancel
 * it; the forecast counts the orders beside the diners counted.
 */
const MENU = 'query ($canteen: ID!, $day: Date!) { menu(canteenId: $canteen, servedOn: $day) { totalCount edges { node { id name price category sitting allowedActions } } } }';
const REMOVE = 'mutation ($input: MenuDishStepInput!) { removeMenuDish(input: $input) { id name } }';
const FORECAST = 'query ($canteen: ID!, $from: Date!, $to: Date!) { mealForecasts(canteenId: $canteen, from: $from, to: $to) { servedOn sitting ordered counted } }';

describe('the menu (一菜一价)', () => {
  it('is published and withdrawn by staff, once a name a sitting, and read by every reader', async () => {
    const day = shanghaiDay(9);
    const input = { canteenId: 'canteen-3', servedOn: day, sitting: 'LUNCH', name: `测试红烧肉${process.pid}`, category: 'MEAT', price: '12.5' };
    expectError(await as('unit', ADD_DISH, { input }), 'FORBIDDEN');
    const trail = await auditCount();
    const { addMenuDish } = dataOf(await as('services', ADD_DISH, { input }));
    expect(addMenuDish).toMatchObject({ name: input.name, category: 'MEAT', price: '12.50', sitting: 'LUNCH', servedOn: day, allowedActions: ['REMOVE'], canteen: { id: 'canteen-3' } });
    expect(await auditCount()).toBe(trail + 1);
    const twice = expectError(await as('services', ADD_DISH, { input: { ...input, price: '13.00' } }), 'CONFLICT');
    expect(twice?.extensions?.reason).toBe('DISH_ALREADY_ON_MENU');
    // The same name at another sitting is another dish.
    dataOf(await as('services', ADD_DISH, { input: { ...input, sitting: 'DINNER' } }));

    const { menu } = dataOf(await as('unit', MENU, { canteen: 'canteen-3', day }));
    expect(menu.totalCount).toBe(2);
    expect(menu.edges.map((e: any) => [e.node.sitting, e.node.price, e.node.allowedActions])).toEqual([['LUNCH', '12.50', []], ['DINNER', '12.50', []]]);

    expectError(await as('unit', REMOVE, { input: { id: addMenuDish.id } }), 'FORBIDDEN');
    expect(dataOf(await as('services', REMOVE, { input: { id: addMenuDish.id } })).removeMenuDish).toEqual({ id: addMenuDish.id, name: input.name });
    expect(dataOf(await as('leader', MENU, { canteen: 'canteen-3', day })).menu.totalCount).toBe(1);
    expectError(await as('services', REMOVE, { input: { id: addMenuDish.id } }), 'NOT_FOUND');
  });

  it('keeps a served day’s menu: the seeded December 2024', async () => {
    const { menu } = dataOf(await as('unit', MENU, { canteen: 'canteen-1', day: '2024-12-02' }));
    expect(menu.totalCount).toBe(16);
    expect(new Set(menu.edges.map((e: any) => e.node.sitting))).toEqual(new Set(['BREAKFAST', 'LUNCH', 'DINNER']));
    const served = menu.edges[0].node;
    expect(dataOf(await as('services', MENU, { canteen: 'canteen-1', day: '2024-12-02' })).menu.edges[0].node.allowedActions).toEqual([]);
    const refused = expectError(await as('services', REMOVE, { input: { id: served.id } }), 'CONFLICT');
    expect(refused?.extensions?.reason).toBe('MENU_DAY_SERVED');
  });
});

describe('meal orders (报餐)', () => {
  it('are the viewer’s own, once a day and sitting, before the cut-off', async () => {
    const input = { canteenId: 'canteen-2', servedOn: shanghaiDay(5), sitting: 'LUNCH' };
    const trail = await auditCount();
    const { orderMeal } = dataOf(await as('unit', ORDER_MEAL, { input }));
    expect(orderMeal).toMatchObject({ servedOn: input.servedOn, sitting: 'LUNCH', allowedActions: ['CANCEL'], person: { id: demoAccountPersonId('unit') }, organization: { id: AUDIT_UNIT }, canteen: { id: 'canteen-2' } });
    expect(orderMeal.cutoff).toBe(new Date(`${shanghaiDay(4)}T16:00:00+08:00`).toISOString());
    // The page asks which sittings take orders rather than keep a copy of the cut-offs.
    const SITTINGS = 'query ($day: Date!) { mealSittings(servedOn: $day) { sitting cutoff open } }';
    expect(dataOf(await as('unit', SITTINGS, { day: input.servedOn })).mealSittings.map((s: any) => [s.sitting, s.open])).toEqual([['BREAKFAST', true], ['LUNCH', true], ['DINNER', true]]);
    expect(dataOf(await as('unit', SITTINGS, { day: shanghaiDay(0) })).mealSittings.find((s: any) => s.sitting === 'LUNCH').open).toBe(false);
    expect(dataOf(await as('unit', SITTINGS, { day: shanghaiDay(30) })).mealSittings.every((s: any) => !s.open)).toBe(true);
    expect(await auditCount()).toBe(trail + 1);
    // Once a person, day and sitting, whichever canteen.
    const twice = expectError(await as('unit', ORDER_MEAL, { input: { ...input, canteenId: 'canteen-1' } }), 'CONFLICT');
    expect(twice?.extensions?.reason).toBe('MEAL_ALREADY_ORDERED');
    // Today's lunch closed yesterday at 16:00.
    const late = expectError(await as('unit', ORDER_MEAL, { input: { ...input, servedOn: shanghaiDay(0) } }), 'BAD_USER_INPUT', 'input.servedOn');
    expect(late?.extensions?.reason).toBe('MEAL_ORDERS_CLOSED');
    // Another department's staff is no reader of the domain.
    expectError(await as('assets', ORDER_MEAL, { input: { ...input, sitting: 'DINNER' } }), 'FORBIDDEN');

    const MINE = 'query ($day: Date!) { mealOrders(filter: { mine: true, from: $day, to: $day }) { totalCount edges { node { id allowedActions } } } }';
    expect(dataOf(await as('unit', MINE, { day: input.servedOn })).mealOrders.edges).toEqual([{ node: { id: orderMeal.id, allowedActions: ['CANCEL'] } }]);
    // Staff see the order, but it is its person's to cancel.
    const { mealOrders } = dataOf(await as('services', 'query ($day: Date!) { mealOrders(filter: { canteenId: "canteen-2", sitting: LUNCH, from: $day, to: $day }) { edges { node { id allowedActions } } } }', { day: input.servedOn }));
    expect(mealOrders.edges.find((e: any) => e.node.id === orderMeal.id)?.node.allowedActions).toEqual([]);
    const notTheirs = expectError(await as('services', CANCEL_ORDER, { input: { id: orderMeal.id } }), 'FORBIDDEN');
    expect(notTheirs?.extensions?.reason).toBe('NOT_OWN_MEAL_ORDER');

    expect(dataOf(await as('unit', CANCEL_ORDER, { input: { id: orderMeal.id } })).cancelMealOrder).toEqual({ id: orderMeal.id });
    expect(dataOf(await as('unit', MINE, { day: input.servedOn })).mealOrders.totalCount).toBe(0);
    expectError(await as('unit', CANCEL_ORDER, { input: { id: orderMeal.id } }), 'NOT_FOUND');
    // Cancelled, the sitting can be ordered again.
    dataOf(await as('unit', ORDER_MEAL, { input }));
  });

  it('cannot be cancelled past the cut-off', async () => {
    const { orderMeal } = dataOf(await as('unit', ORDER_MEAL, { input: { canteenId: 'canteen-2', servedOn: shanghaiDay(6), sitting: 'BREAKFAST' } }));
    // No mutation moves an order into the past: the test does, as if the days had gone by.
    await sql(`UPDATE services."MealOrder" SET "servedOn" = $2::date WHERE id = $1`, [orderMeal.id, shanghaiDay(-1)]);
    const refused = expectError(await as('unit', CANCEL_ORDER, { input: { id: orderMeal.id } }), 'CONFLICT');
    expect(refused?.extensions?.reason).toBe('MEAL_ORDERS_CLOSED');
  });

  it('are counted into the forecast beside the diners counted', async () => {
    const day = shanghaiDay(7);
    for (const user of ['unit', 'services', 'leader'] as const) dataOf(await as(user, ORDER_MEAL, { input: { canteenId: 'canteen-4', servedOn: day, sitting: 'LUNCH' } }));
    dataOf(await as('services', ORDER_MEAL, { input: { canteenId: 'canteen-4', servedOn: day, sitting: 'BREAKFAST' } }));
    expect(dataOf(await as('services', FORECAST, { canteen: 'canteen-4', from: day, to: day })).mealForecasts).toEqual([
      { servedOn: day, sitting: 'BREAKFAST', ordered: 1, counted: null },
      { servedOn: day, sitting: 'LUNCH', ordered: 3, counted: null },
    ]);
    // The seeded last fortnight of 2024: most diners had ordered.
    const { mealForecasts } = dataOf(await as('leader', FORECAST, { canteen: 'canteen-1', from: '2024-12-16', to: '2024-12-20' }));
    expect(mealForecasts).toHaveLength(15);
    for (const row of mealForecasts) expect(row.ordered).toBeGreaterThan(0.7 * row.counted - 1);
    for (const row of mealForecasts) expect(row.ordered).toBeLessThanOrEqual(row.counted);
    expectError(await as('unit', FORECAST, { canteen: 'canteen-1', from: '2024-12-16', to: '2024-12-20' }), 'FORBIDDEN');
    const long = expectError(await as('services', FORECAST, { canteen: 'canteen-1', from: '2024-11-01', to: '2025-01-02' }), 'BAD_USER_INPUT', 'to');
    expect(long?.extensions?.reason).toBe('RANGE_TOO_LONG');
  });
});
