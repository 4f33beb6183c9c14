import { connection, data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { ElMessageBox } from 'element-plus';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerServicesMessages } from '../../../locales/services-messages';
import { shanghaiToday } from '../shanghai-days';
import { useMyMealOrders } from './use-my-meal-orders';

vi.mock('element-plus', async (original) => ({
  ...(await original<typeof import('element-plus')>()),
  ElMessageBox: { confirm: vi.fn(() => Promise.resolve('confirm')) },
  ElMessage: { success: vi.fn(), error: vi.fn() },
}));

const order = { id: 'o1', servedOn: '2026-12-10', sitting: 'LUNCH' as const, orderedAt: '2026-12-07T02:00:00.000Z', cutoff: '2026-12-09T08:00:00.000Z', allowedActions: ['CANCEL' as const], canteen: { id: 'canteen-2', name: '中山中路38号院食堂' } };

describe('useMyMealOrders', () => {
  beforeAll(registerServicesMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('lists the viewer’s orders from today on, and cancels one after asking', async () => {
    const requests = stubGateway({ MyMealOrders: data({ mealOrders: connection([order]) }), CancelMealOrder: data({ cancelMealOrder: { id: 'o1', sitting: 'LUNCH', servedOn: '2026-12-10' } }) });
    const { table, cancel } = useMyMealOrders();
    await vi.waitFor(() => expect(table.rows).toEqual([order]));
    expect(requests[0]?.variables).toEqual({ first: 20, from: shanghaiToday() });
    await cancel(order);
    expect(vi.mocked(ElMessageBox.confirm).mock.calls[0]?.[0]).toBe('确定取消 2026-12-10 在中山中路38号院食堂的午餐报餐吗？');
    expect(requests.map((r) => r.operation)).toEqual(['MyMealOrders', 'CancelMealOrder', 'MyMealOrders']);
  });
});
