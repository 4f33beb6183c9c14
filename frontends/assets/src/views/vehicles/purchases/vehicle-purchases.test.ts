import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAssetsMessages } from '../../../locales/assets-messages';
import { useRequestVehiclePurchase } from './use-request-vehicle-purchase';
import { useVehiclePurchaseStep } from './use-vehicle-purchase-step';
import type { VehiclePurchaseRow } from './vehicle-purchases-query';

const purchase = { id: 'vp-3', organization: { name: '松江区审计局' } } as VehiclePurchaseRow;

describe('the vehicle purchase requests', () => {
  beforeAll(registerAssetsMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('files a unit’s request', async () => {
    const requests = stubGateway({ RequestVehiclePurchase: data({ requestVehiclePurchase: { id: 'vp-9', status: 'PENDING', quantity: 2, organization: { name: '松江区审计局' } } }) });
    const dialog = useRequestVehiclePurchase(vi.fn());
    dialog.open({});
    Object.assign(dialog.form, { organizationId: 'org-audit', vehicleKind: 'ENFORCEMENT', energyType: 'BATTERY_ELECTRIC', quantity: 2, budget: '360,000', reason: ' 执法执勤需要 ', requestedOn: '2026-12-01' });
    await expect(dialog.submit()).resolves.toBe('已提交 松江区审计局 配备 2 辆车的申请，等待审核');
    expect(requests[0]?.variables).toEqual({
      input: { organizationId: 'org-audit', vehicleKind: 'ENFORCEMENT', energyType: 'BATTERY_ELECTRIC', quantity: 2, budget: '360000', reason: '执法执勤需要', requestedOn: '2026-12-01' },
    });
  });

  it('shows a refusal of the budget on its field', async () => {
    stubGateway({ RequestVehiclePurchase: refusal('BAD_USER_INPUT', '金额须大于 0', { field: 'input.budget' }) });
    const dialog = useRequestVehiclePurchase(vi.fn());
    dialog.open({});
    Object.assign(dialog.form, { organizationId: 'org-audit', vehicleKind: 'SEDAN', energyType: 'FUEL', budget: '0', reason: '更新' });
    await dialog.submit();
    expect(dialog.fieldErrors.budget?.localizedMessage).toBe('金额须大于 0');
  });

  it('approves without an opinion and rejects with the reason', async () => {
    const requests = stubGateway({
      ApproveVehiclePurchase: data({ approveVehiclePurchase: { id: 'vp-3', status: 'APPROVED', decidedOn: '2026-12-07', allowedActions: [] } }),
      RejectVehiclePurchase: data({ rejectVehiclePurchase: { id: 'vp-3', status: 'REJECTED', decidedOn: '2026-12-07', allowedActions: [] } }),
    });
    const onChanged = vi.fn();
    const step = useVehiclePurchaseStep(onChanged);
    step.open({ purchase, action: 'APPROVE' });
    expect(step.comment?.required).toBe(false);
    await expect(step.submit()).resolves.toBe('已同意 松江区审计局 的车辆配备申请');
    step.open({ purchase, action: 'REJECT' });
    expect(step.comment?.required).toBe(true);
    step.form.reason = ' 超出编制 ';
    await expect(step.submit()).resolves.toBe('已驳回 松江区审计局 的车辆配备申请');
    expect(requests.map((request) => request.variables)).toEqual([{ id: 'vp-3' }, { id: 'vp-3', reason: '超出编制' }]);
    expect(onChanged).toHaveBeenCalledTimes(2);
  });

  it('shows a request decided meanwhile above the form and reloads the list', async () => {
    stubGateway({ RejectVehiclePurchase: refusal('CONFLICT', '该申请已审核', { reason: 'LOST_RACE' }) });
    const onChanged = vi.fn();
    const step = useVehiclePurchaseStep(onChanged);
    step.open({ purchase, action: 'REJECT' });
    step.form.reason = '超出编制';
    await step.submit();
    expect(step.serverError?.code).toBe('CONFLICT');
    expect(onChanged).toHaveBeenCalledWith({ purchase, action: 'REJECT' }, null);
  });
});
