import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerServicesMessages } from '../../../locales/services-messages';
import { isPrice } from './dish-form-rules';
import { useAddDish } from './use-add-dish';

const target = { canteenId: 'canteen-3', canteenName: '谷阳北路9号食堂', servedOn: '2026-12-10', sitting: 'LUNCH' as const };

describe('useAddDish', () => {
  beforeAll(registerServicesMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('checks a price as the server does: above 0, two decimals at most', () => {
    expect(['12', '12.5', '12.50', '0.5'].map(isPrice)).toEqual([true, true, true, true]);
    expect(['0', '0.00', '12.345', '-1', 'abc', '', '1234567'].map(isPrice)).toEqual([false, false, false, false, false, false, false]);
  });

  it('publishes the dish on the canteen’s menu of the day, trimmed', async () => {
    const requests = stubGateway({ AddMenuDish: data({ addMenuDish: { id: 'd1', name: '红烧肉', sitting: 'LUNCH', servedOn: '2026-12-10', price: '12.50', canteen: { id: 'canteen-3', name: '谷阳北路9号食堂' } } }) });
    const onChanged = vi.fn();
    const dialog = useAddDish(onChanged);
    dialog.open(target);
    Object.assign(dialog.form, { name: ' 红烧肉 ', category: 'MEAT', price: ' 12.5 ' });
    await expect(dialog.submit()).resolves.toBe('已将“红烧肉”加入谷阳北路9号食堂 2026-12-10 午餐的菜单');
    expect(requests[0]?.variables).toEqual({ input: { canteenId: 'canteen-3', servedOn: '2026-12-10', sitting: 'LUNCH', name: '红烧肉', category: 'MEAT', price: '12.5' } });
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('shows a dish already on the menu, and a refused field on that field', async () => {
    stubGateway({ AddMenuDish: refusal('CONFLICT', '该餐次菜单已有同名菜品', { reason: 'DISH_ALREADY_ON_MENU' }) });
    const dialog = useAddDish(vi.fn());
    dialog.open(target);
    Object.assign(dialog.form, { name: '红烧肉', category: 'MEAT', price: '12' });
    await expect(dialog.submit()).resolves.toBeNull();
    expect(dialog.serverError?.localizedMessage).toBe('该餐次菜单已有同名菜品');

    stubGateway({ AddMenuDish: refusal('BAD_USER_INPUT', '日期已过', { field: 'input.servedOn', reason: 'IN_THE_PAST' }) });
    await dialog.submit();
    expect(dialog.fieldErrors.servedOn?.localizedMessage).toBe('时间已过');
    expect(dialog.target).not.toBeNull();
  });
});
