import { data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRoomGrid } from './use-room-grid';

const rooms = { meetingRooms: { totalCount: 2, edges: [{ node: { id: 'r1', buildingId: 'b1', name: '第一会议室', floor: 2, building: { id: 'b1', name: '中山中路38号院' } } }, { node: { id: 'r2', buildingId: 'b2', name: '报告厅', floor: 1, building: null } }] } };

describe('useRoomGrid', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('picks the first building and reads its day with the viewer’s bookings of that day', async () => {
    const requests = stubGateway({
      ServicesRoomsOfBuildings: data(rooms),
      ServicesRoomFreeBusy: data({ roomFreeBusy: [] }),
      ServicesBookingsOfDay: data({ roomBookings: { edges: [] } }),
    });
    const grid = useRoomGrid({ today: '2026-12-09' });
    await vi.waitFor(() => expect(requests).toHaveLength(3));
    expect(grid.buildings).toEqual([
      { id: 'b1', label: '中山中路38号院' },
      { id: 'b2', label: '报告厅' },
    ]);
    expect(requests.slice(1).map((request) => request.variables)).toEqual([
      { buildingId: 'b1', day: '2026-12-09' },
      { filter: { from: '2026-12-08T16:00:00.000Z', to: '2026-12-09T16:00:00.000Z' } },
    ]);
  });

  it('reads a week one day at a call, Monday to Friday or the whole week', async () => {
    const requests = stubGateway({
      ServicesRoomsOfBuildings: data(rooms),
      ServicesRoomFreeBusy: data({ roomFreeBusy: [] }),
      ServicesBookingsOfDay: data({ roomBookings: { edges: [] } }),
    });
    const grid = useRoomGrid({ today: '2026-12-09' });
    await vi.waitFor(() => expect(requests).toHaveLength(3));
    grid.filters.view = 'week';
    await vi.waitFor(() => expect(requests).toHaveLength(8));
    expect(requests.slice(3).map((request) => request.variables.day)).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']);
    grid.filters.span = 7;
    await vi.waitFor(() => expect(requests).toHaveLength(15));
    grid.showDay('2026-12-12');
    await vi.waitFor(() => expect(requests).toHaveLength(17));
    expect(requests[15]?.variables).toEqual({ buildingId: 'b1', day: '2026-12-12' });
  });
});
