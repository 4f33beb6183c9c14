import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerServicesMessages } from '../../../locales/services-messages';
import { submitWorkOrderInput, useSubmitWorkOrder } from './use-submit-work-order';

describe('useSubmitWorkOrder', () => {
  beforeAll(registerServicesMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('files for the unit user’s own unit: no unit, room or empty place sent', () => {
    expect(
      submitWorkOrderInput({ organizationId: undefined, buildingId: 'building-0001', roomId: '' as never, location: '  ', category: 'ELECTRICAL', description: ' 会议室灯不亮 ', priority: 'HIGH' }),
    ).toEqual({ buildingId: 'building-0001', category: 'ELECTRICAL', description: '会议室灯不亮', priority: 'HIGH', organizationId: undefined, roomId: undefined, location: undefined });
  });

  it('sends the unit staff named, the room and the place, and says when it is due in Shanghai time', async () => {
    const requests = stubGateway({ SubmitWorkOrder: data({ submitWorkOrder: { id: 'wo-9', status: 'SUBMITTED', dueAt: '2024-03-05T06:30:00.000Z' } }) });
    const onChanged = vi.fn();
    const submit = useSubmitWorkOrder(onChanged);
    submit.open({});
    expect(submit.form.priority).toBe('NORMAL');
    Object.assign(submit.form, { organizationId: 'org-audit', buildingId: 'building-0002', roomId: 'room-302', location: '东侧', category: 'PLUMBING', description: '水管漏水' });
    await expect(submit.submit()).resolves.toBe('已报修，应于 2024-03-05 14:30 前完成');
    expect(requests[0]?.variables).toEqual({
      input: { organizationId: 'org-audit', buildingId: 'building-0002', roomId: 'room-302', location: '东侧', category: 'PLUMBING', description: '水管漏水', priority: 'NORMAL' },
    });
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('shows a unit other than one’s own on the unit field', async () => {
    stubGateway({ SubmitWorkOrder: refusal('FORBIDDEN', '只能为本单位办理', { field: 'input.organizationId', reason: 'NOT_OWN_UNIT' }) });
    const submit = useSubmitWorkOrder(vi.fn());
    submit.open({});
    Object.assign(submit.form, { organizationId: 'org-x', buildingId: 'b', category: 'OTHER', description: 'x' });
    await submit.submit();
    expect(submit.fieldErrors.organizationId?.localizedMessage).toBe('只能为本单位办理');
  });
});
