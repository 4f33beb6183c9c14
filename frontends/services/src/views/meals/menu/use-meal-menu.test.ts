import { connection, data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { ElMessage, ElMessageBox } from 'element-plus';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerServicesMessages } from '../../../locales/services-messages';
import { shanghaiToday } from '../shanghai-days';
import { type MenuDishRow, type MyMealOrder, offersOrder, sittingMenus, useMealMenu } from './use-meal-menu';

vi.mock('element-plus', async (original) => ({
  ...(await original<typeof import('element-plus')>()),
  ElMessageBox: { confirm: vi.fn(() => Promise.resolve('confirm')) },
  ElMessage: { success: vi.fn(), error: vi.fn() },
}));

const dish = (id: string, sitting: MenuDishRow['sitting'], name: string): MenuDishRow => ({ id, name, sitting, category: 'MEAT', price: '12.50', servedOn: '2026-12-10', allowedActions: [] });
const lunchOrder: MyMealOrder = { id: 'o1', sitting: 'LUNCH', servedOn: '2026-12-10', cutoff: '2026-12-09T08:00:00.000Z', allowedActions: ['CANCEL'], canteen: { id: 'canteen-2', name: '中山中路38号院食堂' } };
const SITTINGS = [
  { sitting: 'BREAKFAST', cutoff: '2026-12-09T08:00:00.000Z', open: true },
  { sitting: 'LUNCH', cutoff: '2026-12-09T08:00:00.000Z', open: true },
  { sitting: 'DINNER', cutoff: '2026-12-10T02:00:00.000Z', open: false },
] as const;
const CANTEENS = data({ canteens: connection([{ id: 'canteen-1', name: '区办公中心食堂', seats: 600 }, { id: 'canteen-2', name: '中山中路38号院食堂', seats: 260 }]) });

describe('useMealMenu', () => {
  beforeAll(registerServicesMessages);
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.clearAllMocks();
  });

  it('lays the day out by sitting, each with its dishes, its cut-off and the viewer’s order of it', () => {
    const menus = sittingMenus([dish('d1', 'LUNCH', '红烧肉'), dish('d2', 'BREAKFAST', '白粥'), dish('d3', 'LUNCH', '清炒时蔬')], SITTINGS, [lunchOrder]);
    expect(menus.map((menu) => [menu.sitting, menu.dishes.map((d) => d.name), menu.cutoff, menu.order?.id ?? null])).toEqual([
      ['BREAKFAST', ['白粥'], '2026-12-09T08:00:00.000Z', null],
      ['LUNCH', ['红烧肉', '清炒时蔬'], '2026-12-09T08:00:00.000Z', 'o1'],
      ['DINNER', [], '2026-12-10T02:00:00.000Z', null],
    ]);
    expect(sittingMenus([], [], []).every((menu) => !menu.open && menu.cutoff === null)).toBe(true);
  });

  it('offers ordering a sitting the server says is open to a viewer with a person, when not ordered yet', () => {
    const [breakfast, lunch, dinner] = sittingMenus([], SITTINGS, [lunchOrder]);
    expect(offersOrder(breakfast!, true)).toBe(true);
    expect(offersOrder(lunch!, true)).toBe(false);
    expect(offersOrder(dinner!, true)).toBe(false);
    expect(offersOrder(breakfast!, false)).toBe(false);
  });

  it('loads the first canteen’s menu of today, and another day when picked', async () => {
    const requests = stubGateway({ MealCanteens: CANTEENS, MealMenu: data({ menu: connection([dish('d1', 'LUNCH', '红烧肉')]), mealSittings: SITTINGS, mealOrders: connection([]) }) });
    const menu = useMealMenu();
    await vi.waitFor(() => expect(menu.menus.value[1]?.dishes).toHaveLength(1));
    expect(requests[1]?.variables).toEqual({ canteenId: 'canteen-1', servedOn: shanghaiToday() });
    menu.servedOn.value = '2026-12-10';
    await vi.waitFor(() => expect(requests).toHaveLength(3));
    expect(requests[2]?.variables).toEqual({ canteenId: 'canteen-1', servedOn: '2026-12-10' });
  });

  it('orders a sitting for the viewer and reads the day again', async () => {
    const requests = stubGateway({
      MealCanteens: CANTEENS,
      MealMenu: data({ menu: connection([]), mealSittings: SITTINGS, mealOrders: connection([]) }),
      OrderMeal: data({ orderMeal: { id: 'o2', sitting: 'DINNER', servedOn: '2026-12-10', canteen: { id: 'canteen-1', name: '区办公中心食堂' } } }),
    });
    const menu = useMealMenu();
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    menu.servedOn.value = '2026-12-10';
    await vi.waitFor(() => expect(requests).toHaveLength(3));
    await menu.order('DINNER');
    expect(requests.map((r) => r.operation).slice(3)).toEqual(['OrderMeal', 'MealMenu']);
    expect(requests[3]?.variables).toEqual({ input: { canteenId: 'canteen-1', servedOn: '2026-12-10', sitting: 'DINNER' } });
    expect(ElMessage.success).toHaveBeenCalledWith('已报 2026-12-10 晚餐（区办公中心食堂）');
  });

  it('says in the reader’s language that the sitting has closed', async () => {
    stubGateway({
      MealCanteens: CANTEENS,
      MealMenu: data({ menu: connection([]), mealSittings: SITTINGS, mealOrders: connection([]) }),
      OrderMeal: refusal('BAD_USER_INPUT', '报餐已于 2026-12-06 16:00 截止', { field: 'input.servedOn', reason: 'MEAL_ORDERS_CLOSED' }),
    });
    const menu = useMealMenu();
    await vi.waitFor(() => expect(menu.canteenId.value).toBe('canteen-1'));
    await menu.order('LUNCH');
    expect(ElMessage.error).toHaveBeenCalledWith('该餐次报餐已截止');
  });

  it('cancels the viewer’s order after asking', async () => {
    const requests = stubGateway({ MealCanteens: CANTEENS, MealMenu: data({ menu: connection([]), mealSittings: SITTINGS, mealOrders: connection([lunchOrder]) }), CancelMealOrder: data({ cancelMealOrder: { id: 'o1', sitting: 'LUNCH', servedOn: '2026-12-10' } }) });
    const menu = useMealMenu();
    await vi.waitFor(() => expect(menu.menus.value[1]?.order?.id).toBe('o1'));
    await menu.cancel(lunchOrder);
    expect(ElMessageBox.confirm).toHaveBeenCalledOnce();
    expect(requests.find((r) => r.operation === 'CancelMealOrder')?.variables).toEqual({ input: { id: 'o1' } });
  });
});
