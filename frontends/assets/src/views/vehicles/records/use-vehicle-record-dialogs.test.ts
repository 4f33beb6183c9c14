import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAssetsMessages } from '../../../locales/assets-messages';
import { useRecordFuelTopUp, useRecordService, useRecordTrip } from './use-vehicle-record-dialogs';

const vehicle = { id: 'v-3', plateNumber: '沪A·F0003' };

describe('the records of a vehicle’s use', () => {
  beforeAll(registerAssetsMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('records a fuel card top-up, and an electric car’s refusal above the form', async () => {
    const requests = stubGateway({ RecordFuelTopUp: data({ recordFuelTopUp: { id: 'f-1', toppedUpOn: '2026-12-02', amount: '500.00' } }) });
    const onChanged = vi.fn();
    const dialog = useRecordFuelTopUp(onChanged);
    dialog.open(vehicle);
    Object.assign(dialog.form, { cardNumber: ' 9100 0001 ', toppedUpOn: '2026-12-02', amount: '500.00' });
    await expect(dialog.submit()).resolves.toBe('已登记 沪A·F0003 的加油');
    expect(requests[0]?.variables).toEqual({ input: { vehicleId: 'v-3', cardNumber: '9100 0001', toppedUpOn: '2026-12-02', amount: '500.00' } });
    expect(onChanged).toHaveBeenCalledWith(vehicle, expect.anything());

    stubGateway({ RecordFuelTopUp: refusal('BAD_USER_INPUT', '沪A·F0003 是纯电动车，没有油卡', { field: 'input.vehicleId', reason: 'NO_FUEL_CARD', params: { plateNumber: '沪A·F0003' } }) });
    dialog.open(vehicle);
    Object.assign(dialog.form, { cardNumber: '1', amount: '1' });
    await dialog.submit();
    expect(dialog.serverError?.localizedMessage).toBe('沪A·F0003 是纯电动车，没有油卡');
  });

  it('records a trip, a refusal of the distance on its field', async () => {
    const requests = stubGateway({ RecordTrip: data({ recordTrip: { id: 't-1', tripDate: '2026-12-03', distanceKm: '36.5' } }) });
    const dialog = useRecordTrip(vi.fn());
    dialog.open(vehicle);
    Object.assign(dialog.form, { tripDate: '2026-12-03', distanceKm: ' 36.5 ', purpose: ' 区政府会议 ', driver: ' 陈刚 ' });
    await dialog.submit();
    expect(requests[0]?.variables).toEqual({ input: { vehicleId: 'v-3', tripDate: '2026-12-03', distanceKm: '36.5', purpose: '区政府会议', driver: '陈刚' } });

    stubGateway({ RecordTrip: refusal('BAD_USER_INPUT', '最多一位小数', { field: 'input.distanceKm' }) });
    dialog.open(vehicle);
    Object.assign(dialog.form, { distanceKm: '36.55', purpose: '会议', driver: '陈刚' });
    await dialog.submit();
    expect(dialog.fieldErrors.distanceKm?.localizedMessage).toBe('最多一位小数');
  });

  it('records a service with its description', async () => {
    const requests = stubGateway({ RecordService: data({ recordService: { id: 's-1', servicedOn: '2026-12-04', kind: 'MAINTENANCE', cost: '680.00' } }) });
    const dialog = useRecordService(vi.fn());
    dialog.open(vehicle);
    expect(dialog.comment?.prop).toBe('description');
    Object.assign(dialog.form, { servicedOn: '2026-12-04', kind: 'MAINTENANCE', cost: '680.00', workshop: ' 松江汽修 ', description: ' 更换机油 ' });
    await expect(dialog.submit()).resolves.toBe('已登记 沪A·F0003 的维保');
    expect(requests[0]?.variables).toEqual({ input: { vehicleId: 'v-3', servicedOn: '2026-12-04', kind: 'MAINTENANCE', cost: '680.00', workshop: '松江汽修', description: '更换机油' } });
  });
});
