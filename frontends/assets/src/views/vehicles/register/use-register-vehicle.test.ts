import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAssetsMessages } from '../../../locales/assets-messages';
import { useRegisterVehicle } from './use-register-vehicle';

const form = {
  plateNumber: ' 沪a·d12345 ',
  organizationId: 'org-audit',
  kind: 'ENFORCEMENT',
  energyType: 'BATTERY_ELECTRIC',
  model: ' 比亚迪 秦PLUS EV ',
  purchasedOn: '2026-11-20',
  purchasePrice: '139,800',
  timeShare: true,
} as const;

describe('useRegisterVehicle', () => {
  beforeAll(registerAssetsMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('registers the vehicle with its plate upper-cased', async () => {
    const requests = stubGateway({ RegisterVehicle: data({ registerVehicle: { id: 'v-9', plateNumber: '沪A·D12345', model: '比亚迪 秦PLUS EV', timeShare: true } }) });
    const onChanged = vi.fn();
    const dialog = useRegisterVehicle(onChanged);
    dialog.open({});
    Object.assign(dialog.form, form);
    await expect(dialog.submit()).resolves.toBe('已登记 沪A·D12345 比亚迪 秦PLUS EV');
    expect(requests[0]?.variables).toEqual({
      input: { ...form, plateNumber: '沪A·D12345', model: '比亚迪 秦PLUS EV', purchasePrice: '139800' },
    });
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('shows a plate already registered on the plate', async () => {
    stubGateway({ RegisterVehicle: refusal('CONFLICT', '车牌 沪A·D12345 已登记', { reason: 'DUPLICATE_PLATE', params: { plateNumber: '沪A·D12345' } }) });
    const dialog = useRegisterVehicle(vi.fn());
    dialog.open({});
    Object.assign(dialog.form, form);
    await dialog.submit();
    expect(dialog.fieldErrors.plateNumber?.localizedMessage).toBe('车牌 沪A·D12345 已登记');
  });

  it('shows a sedan put in the pool on the pool field', async () => {
    stubGateway({ RegisterVehicle: refusal('BAD_USER_INPUT', '只有执法执勤用车可以纳入分时租赁', { field: 'input.timeShare', reason: 'POOL_ENFORCEMENT_ONLY' }) });
    const dialog = useRegisterVehicle(vi.fn());
    dialog.open({});
    Object.assign(dialog.form, { ...form, kind: 'SEDAN' });
    await dialog.submit();
    expect(dialog.fieldErrors.timeShare?.localizedMessage).toBe('只有执法执勤用车可以纳入分时租赁');
  });
});
