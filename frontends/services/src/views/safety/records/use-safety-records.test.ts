import { connection, data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerServicesMessages } from '../../../locales/services-messages';
import { securityActivityInput, useRecordSecurityActivity, useRecordVehicleEvent, useSecurityActivitiesTable, useVehicleEventsTable, vehicleEventInput } from './use-safety-records';

describe('safety records', () => {
  beforeAll(registerServicesMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('filters the security activities by kind and by year as its first and last day', async () => {
    const requests = stubGateway({ SecurityActivities: data({ securityActivities: connection([]) }) });
    const { filters } = useSecurityActivitiesTable();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    filters.kind = 'FIRE_DRILL';
    filters.year = 2024;
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests.map((request) => request.variables)).toEqual([{ first: 20, filter: {} }, { first: 20, filter: { kind: 'FIRE_DRILL', from: '2024-01-01', to: '2024-12-31' } }]);
  });

  it('filters the driving records the same way, a cleared year as every year', async () => {
    const requests = stubGateway({ VehicleRecordEvents: data({ vehicleRecordEvents: connection([]) }) });
    const { filters } = useVehicleEventsTable();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    filters.kind = 'PARK_DAY';
    filters.year = undefined;
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]?.variables).toEqual({ first: 20, filter: { kind: 'PARK_DAY' } });
  });

  it('records a drill with its building and summary, none when left empty', async () => {
    expect(securityActivityInput({ kind: 'JOINT_MEETING', heldOn: '2024-06-01', buildingId: ' ', title: ' 联席会 ', participants: 12, summary: '' })).toEqual({
      kind: 'JOINT_MEETING',
      heldOn: '2024-06-01',
      buildingId: undefined,
      title: '联席会',
      participants: 12,
      summary: undefined,
    });
    const requests = stubGateway({ RecordSecurityActivity: data({ recordSecurityActivity: { id: 's1', kind: 'FIRE_DRILL', title: '消防演练', heldOn: '2024-11-09' } }) });
    const record = useRecordSecurityActivity(vi.fn());
    record.open({ kind: 'FIRE_DRILL' });
    Object.assign(record.form, { heldOn: '2024-11-09', buildingId: 'building-0001', title: '消防演练', participants: 80, summary: '疏散用时 4 分钟' });
    await expect(record.submit()).resolves.toBe('已记录：消防演练');
    expect(requests[0]?.variables).toEqual({ input: { kind: 'FIRE_DRILL', heldOn: '2024-11-09', buildingId: 'building-0001', title: '消防演练', participants: 80, summary: '疏散用时 4 分钟' } });
  });

  it('records a fleet activity without a vehicle', async () => {
    expect(vehicleEventInput({ kind: 'PARK_DAY', occurredOn: '2024-05-10', vehicleId: ' ', description: ' 车场日 ' })).toEqual({ kind: 'PARK_DAY', occurredOn: '2024-05-10', vehicleId: undefined, description: '车场日' });
    const requests = stubGateway({ RecordVehicleEvent: data({ recordVehicleEvent: { id: 'v1', kind: 'TRAFFIC_VIOLATION', occurredOn: '2024-05-10' } }) });
    const record = useRecordVehicleEvent(vi.fn());
    record.open({});
    Object.assign(record.form, { kind: 'TRAFFIC_VIOLATION', occurredOn: '2024-05-10', vehicleId: 'vehicle-007', description: '超速' });
    await expect(record.submit()).resolves.toBe('已记录 2024-05-10 的行车事项');
    expect(requests[0]?.variables).toEqual({ input: { kind: 'TRAFFIC_VIOLATION', occurredOn: '2024-05-10', vehicleId: 'vehicle-007', description: '超速' } });
  });
});
