import { connection, data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerServicesMessages } from '../../../locales/services-messages';
import { emptyMeetingRoom, meetingRoomInput, useCreateMeetingRoom, useMeetingRoomsTable } from './use-meeting-rooms';

describe('会议室管理', () => {
  beforeAll(registerServicesMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('sends open hours as minutes after midnight and each piece of equipment once', () => {
    const form = { ...emptyMeetingRoom('building-0001'), name: ' 第三会议室 ', capacity: 24, equipment: ['投影仪', ' 白板 ', '投影仪', ''], opensAtMinute: '08:30', closesAtMinute: '21:00' };
    expect(meetingRoomInput(form)).toEqual({
      buildingId: 'building-0001',
      floor: 1,
      name: '第三会议室',
      capacity: 24,
      equipment: ['投影仪', '白板'],
      needsApproval: false,
      opensAtMinute: 510,
      closesAtMinute: 1260,
    });
  });

  it('creates a room and shows a taken name on the name field', async () => {
    const requests = stubGateway({ CreateMeetingRoom: data({ createMeetingRoom: { id: 'r9', buildingId: 'building-0001', name: '第三会议室', openHours: '08:30–21:00' } }) });
    const reload = vi.fn();
    const create = useCreateMeetingRoom(reload);
    create.open({ buildingId: 'building-0001' });
    Object.assign(create.form, { name: '第三会议室', capacity: 24, opensAtMinute: '08:30', closesAtMinute: '21:00', needsApproval: true });
    await expect(create.submit()).resolves.toBe('已新增 第三会议室（开放 08:30–21:00）');
    expect(requests[0]?.variables).toMatchObject({ input: { buildingId: 'building-0001', needsApproval: true, opensAtMinute: 510 } });
    expect(reload).toHaveBeenCalledOnce();

    stubGateway({ CreateMeetingRoom: refusal('BAD_USER_INPUT', '该楼宇已有名为 第三会议室 的会议室', { field: 'input.name', reason: 'ROOM_NAME_TAKEN', params: { name: '第三会议室' } }) });
    create.open({ buildingId: 'building-0001' });
    await create.submit();
    expect(create.fieldErrors.name?.localizedMessage).toBe('该楼宇已有名为 第三会议室 的会议室');
  });

  it('filters the rooms by building and seats', async () => {
    const requests = stubGateway({ ServicesMeetingRooms: data({ meetingRooms: connection([]) }) });
    const { filters } = useMeetingRoomsTable();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    filters.buildingId = 'building-0002';
    filters.minCapacity = 50;
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests.map((request) => request.variables.filter)).toEqual([{}, { buildingId: 'building-0002', minCapacity: 50 }]);
  });
});
