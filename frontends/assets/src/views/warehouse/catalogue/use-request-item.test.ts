import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAssetsMessages } from '../../../locales/assets-messages';
import { useRequestItem } from './use-request-item';
import type { WarehouseItemRow } from './warehouse-items-query';

const item = { id: 'item-12', name: '办公椅', availableQuantity: 4 } as WarehouseItemRow;
const unit = { id: 'org-audit', name: '松江区审计局' };

describe('useRequestItem', () => {
  beforeAll(registerAssetsMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('files the request for the unit user’s own unit', async () => {
    const requests = stubGateway({
      FileWarehouseRequest: data({ fileWarehouseRequest: { id: 'request-9', status: 'PENDING', quantity: 2, item: { id: item.id, state: 'LISTED', availableQuantity: 2 } } }),
    });
    const onChanged = vi.fn();
    const request = useRequestItem(onChanged);
    request.open({ item, unit });
    expect(request.form).toEqual({ quantity: 1, reason: '' });
    Object.assign(request.form, { quantity: 2, reason: ' 新进人员办公使用 ' });
    await expect(request.submit()).resolves.toBe('已提交 办公椅 2 件的调剂申请，等待资产管理科审批');
    expect(requests[0]?.variables).toEqual({ input: { itemId: 'item-12', organizationId: 'org-audit', quantity: 2, reason: '新进人员办公使用' } });
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('shows a refusal of the quantity on its field, in the domain’s words', async () => {
    stubGateway({ FileWarehouseRequest: refusal('BAD_USER_INPUT', '申请数量超过该物品总数（4 件）', { field: 'input.quantity', reason: 'MORE_THAN_LOT', params: { quantity: 4 } }) });
    const onChanged = vi.fn();
    const request = useRequestItem(onChanged);
    request.open({ item, unit });
    request.form.quantity = 5;
    await request.submit();
    expect(request.fieldErrors.quantity?.localizedMessage).toBe('申请数量超过该物品总数（4 件）');
    expect(request.serverError).toBeNull();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('reloads the stale catalogue when the pieces went to someone else first', async () => {
    stubGateway({ FileWarehouseRequest: refusal('CONFLICT', '办公椅 可调剂数量不足，可能已被其他单位申请', { reason: 'STOCK_EXHAUSTED', params: { item: '办公椅' } }) });
    const onChanged = vi.fn();
    const request = useRequestItem(onChanged);
    request.open({ item, unit });
    await request.submit();
    expect(request.serverError?.localizedMessage).toBe('办公椅 的可用数量不足，可能已被其他单位申请或已处置');
    expect(onChanged).toHaveBeenCalledWith({ item, unit }, null);
    expect(request.target).toEqual({ item, unit });
  });
});
