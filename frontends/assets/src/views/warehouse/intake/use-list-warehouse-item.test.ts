import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAssetsMessages } from '../../../locales/assets-messages';
import { useListWarehouseItem } from './use-list-warehouse-item';

const filled = {
  warehouseId: 'wh-1',
  code: ' GW-2026-101 ',
  category: 'FURNITURE',
  name: ' 实木会议桌 ',
  quantity: 3,
  originalValue: '2,400.00',
  assessedValue: '800',
  newPrice: '2600.5',
  fromUnitId: 'org-audit',
  condition: 'GOOD',
  listedOn: '2026-12-01',
} as const;

describe('useListWarehouseItem', () => {
  beforeAll(registerAssetsMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('takes the pieces in with their values per piece', async () => {
    const requests = stubGateway({
      ListWarehouseItem: data({ listWarehouseItem: { id: 'i-9', code: 'GW-2026-101', name: '实木会议桌', quantity: 3, state: 'LISTED', warehouse: { id: 'wh-1', name: '区级虚拟公物仓' } } }),
    });
    const onChanged = vi.fn();
    const dialog = useListWarehouseItem(onChanged);
    dialog.open({});
    expect(dialog.form.listedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    Object.assign(dialog.form, filled);
    await expect(dialog.submit()).resolves.toBe('GW-2026-101 实木会议桌 3 件已入 区级虚拟公物仓，可供调剂');
    expect(requests[0]?.variables).toEqual({
      input: { ...filled, code: 'GW-2026-101', name: '实木会议桌', originalValue: '2400.00', assessedValue: '800', newPrice: '2600.5' },
    });
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('shows a taken code on the code field', async () => {
    stubGateway({ ListWarehouseItem: refusal('CONFLICT', '物品编号 GW-2026-101 已存在', { reason: 'DUPLICATE_CODE', params: { code: 'GW-2026-101' } }) });
    const dialog = useListWarehouseItem(vi.fn());
    dialog.open({});
    Object.assign(dialog.form, filled);
    await dialog.submit();
    expect(dialog.fieldErrors.code?.localizedMessage).toBe('编号 GW-2026-101 已存在');
    expect(dialog.serverError).toBeNull();
  });

  it('shows a refusal of the new price on its field', async () => {
    stubGateway({ ListWarehouseItem: refusal('BAD_USER_INPUT', '金额须大于 0', { field: 'input.newPrice' }) });
    const dialog = useListWarehouseItem(vi.fn());
    dialog.open({});
    Object.assign(dialog.form, { ...filled, newPrice: '0' });
    await dialog.submit();
    expect(dialog.fieldErrors.newPrice?.localizedMessage).toBe('金额须大于 0');
  });
});
