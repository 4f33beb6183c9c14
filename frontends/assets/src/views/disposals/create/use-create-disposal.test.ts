import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAssetsMessages } from '../../../locales/assets-messages';
import { useCreateDisposal } from './use-create-disposal';

describe('useCreateDisposal', () => {
  beforeAll(registerAssetsMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('drafts the disposal of a vehicle, naming only the vehicle', async () => {
    const requests = stubGateway({ CreateDisposal: data({ createDisposal: { id: 'd-9', code: 'CZ-2026-0009', status: 'DRAFT', assetName: '帕萨特（沪A12345）', allowedActions: ['SUBMIT'] } }) });
    const onChanged = vi.fn();
    const dialog = useCreateDisposal(onChanged);
    dialog.open({});
    Object.assign(dialog.form, {
      organizationId: 'org-audit',
      assetKind: 'VEHICLE',
      buildingId: 'b-1',
      vehicleId: 'v-3',
      assetCardNumber: ' 沪A12345 ',
      assetName: '帕萨特（沪A12345）',
      value: '185,000.00',
      method: 'SCRAP',
      reason: ' 已达报废年限 ',
    });
    await expect(dialog.submit()).resolves.toBe('已保存处置申请草稿 CZ-2026-0009（帕萨特（沪A12345）），可在列表中提交');
    expect(requests[0]?.variables).toEqual({
      input: {
        organizationId: 'org-audit',
        assetKind: 'VEHICLE',
        assetCardNumber: '沪A12345',
        assetName: '帕萨特（沪A12345）',
        vehicleId: 'v-3',
        value: '185000.00',
        method: 'SCRAP',
        reason: '已达报废年限',
      },
    });
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('shows the refusal of the method on its field', async () => {
    stubGateway({ CreateDisposal: refusal('BAD_USER_INPUT', '只有房屋可以拆除', { field: 'input.method', reason: 'DEMOLITION_PROPERTY_ONLY' }) });
    const onChanged = vi.fn();
    const dialog = useCreateDisposal(onChanged);
    dialog.open({});
    Object.assign(dialog.form, { organizationId: 'org-audit', assetKind: 'WAREHOUSE_ITEM', itemId: 'i-1', assetCardNumber: 'GW-1', assetName: '办公椅', value: '300', method: 'DEMOLITION', reason: '损坏' });
    await dialog.submit();
    expect(dialog.fieldErrors.method?.localizedMessage).toBe('只有房屋可以拆除');
    expect(dialog.serverError).toBeNull();
    expect(onChanged).not.toHaveBeenCalled();
  });
});
