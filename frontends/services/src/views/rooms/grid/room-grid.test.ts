import { describe, expect, it } from 'vitest';
import { buildingOptions, dayGrid, slotDefaults, weekGrid, type DayBooking } from './room-grid';
import type { GridRoom, RoomFreeBusy } from './room-grid-query';

const room = (id: string, opens = 8 * 60, closes = 18 * 60): GridRoom => ({
  id,
  name: `会议室${id}`,
  floor: 2,
  capacity: 30,
  equipment: ['投影仪'],
  needsApproval: false,
  opensAtMinute: opens,
  closesAtMinute: closes,
  openHours: '08:00–18:00',
});
/** An hour of 2026-12-09 in Shanghai (UTC+8) as the server sends it. */
const at = (hour: number) => new Date(Date.UTC(2026, 11, 9, hour - 8)).toISOString();
const hours = (from: number, to: number, busy: number[] = []) =>
  Array.from({ length: to - from }, (_, index) => ({ hour: from + index, startsAt: at(from + index), free: !busy.includes(from + index) }));

describe('the grid', () => {
  it('names a building by its name where the viewer may read it, else by the place its rooms begin with, else by its rooms', () => {
    const rooms = [
      { id: 'r1', buildingId: 'b1', name: '第一会议室', floor: 2, building: null },
      { id: 'r2', buildingId: 'b2', name: '报告厅', floor: 1, building: { id: 'b2', name: '区办公中心' } },
      { id: 'r3', buildingId: 'b1', name: '大会议室', floor: 3, building: null },
      { id: 'r4', buildingId: 'b3', name: '中山中路38号院第一会议室', floor: 2, building: null },
      { id: 'r5', buildingId: 'b3', name: '中山中路38号院大会议室', floor: 1, building: null },
    ];
    expect(buildingOptions(rooms)).toEqual([
      { id: 'b1', label: '第一会议室、大会议室' },
      { id: 'b2', label: '区办公中心' },
      { id: 'b3', label: '中山中路38号院' },
    ]);
  });

  it('lays a day out as rooms × the building’s hours: closed, free, busy with the own booking named', () => {
    const booking = { id: 'bk1', startsAt: at(9), endsAt: at(10), purpose: '季度工作会', status: 'APPROVED', meetingRoom: { id: 'r1' }, organization: { id: 'o1', name: '区审计局' }, organiser: { id: 'p1', name: '李审计' } } as DayBooking;
    const freeBusy: RoomFreeBusy[] = [
      { meetingRoom: room('r1', 9 * 60, 12 * 60), busy: [{ startsAt: at(9), endsAt: at(10), own: true }], hours: hours(9, 12, [9]) },
      { meetingRoom: room('r2', 8 * 60, 11 * 60), busy: [{ startsAt: at(10), endsAt: at(11), own: false }], hours: hours(8, 11, [10]) },
    ];
    const grid = dayGrid(freeBusy, [booking]);
    expect(grid.hours).toEqual([8, 9, 10, 11]);
    expect(grid.rows[0]!.cells.map((cell) => cell.state)).toEqual(['closed', 'busy', 'free', 'free']);
    expect(grid.rows[0]!.cells[1]).toMatchObject({ state: 'busy', own: true, booking: { purpose: '季度工作会' } });
    expect(grid.rows[1]!.cells.map((cell) => cell.state)).toEqual(['free', 'free', 'busy', 'closed']);
    expect(grid.rows[1]!.cells[2]).toMatchObject({ state: 'busy', own: false, booking: null });
  });

  it('assembles a week from one answer a day, the held share of each day', () => {
    const days = ['2026-12-07', '2026-12-08'];
    const week = weekGrid(days, [
      [{ meetingRoom: room('r1'), busy: [], hours: hours(8, 12, [8]) }],
      [
        { meetingRoom: room('r1'), busy: [], hours: [] },
        { meetingRoom: room('r2'), busy: [], hours: hours(8, 10) },
      ],
    ]);
    expect(week.map((row) => row.room.id)).toEqual(['r1', 'r2']);
    expect(week[0]!.cells).toEqual([
      { day: '2026-12-07', openHours: 4, freeHours: 3, busyShare: 0.25 },
      { day: '2026-12-08', openHours: 0, freeHours: 0, busyShare: 0 },
    ]);
    expect(week[1]!.cells[0]).toEqual({ day: '2026-12-07', openHours: 0, freeHours: 0, busyShare: 0 });
    expect(week[1]!.cells[1]!.freeHours).toBe(2);
  });

  it('opens the form on the clicked hour for an hour, not past closing', () => {
    expect(slotDefaults(room('r1'), at(14))).toMatchObject({ day: '2026-12-09', startsAt: '14:00', endsAt: '15:00' });
    expect(slotDefaults(room('r1', 8 * 60, 17 * 60 + 30), at(17))).toMatchObject({ startsAt: '17:00', endsAt: '17:30' });
  });
});
