import { clockOfMinute, shanghaiDate, shanghaiMinute } from '@jiguan/kit';
import type { ServicesBookingsOfDayQuery } from '../../../generated/graphql';
import type { GridBuildingRoom, GridRoom, RoomFreeBusy } from './room-grid-query';

/*
 * The grid's logic, apart from the page: building options, the day's cells (rooms × hours) and the
 * week's (rooms × days, the share of the open hours that is held).
 */

export type DayBooking = ServicesBookingsOfDayQuery['roomBookings']['edges'][number]['node'];

export interface BuildingOption {
  id: string;
  label: string;
}

/** What the names of a building's rooms begin with alike (`中山中路38号院` of its 第一会议室 and 大会议室), at least two characters. */
function commonPrefix(names: readonly string[]): string {
  let prefix = names[0] ?? '';
  for (const name of names) while (!name.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix.length >= 2 ? prefix : '';
}

/**
 * The buildings that have meeting rooms, in the rooms' order. A building is named by its name where
 * the viewer may read it (assets shows a building only to the units it houses), else by the place
 * its rooms' names begin with, else by its rooms.
 */
export function buildingOptions(rooms: readonly GridBuildingRoom[]): BuildingOption[] {
  const byBuilding = new Map<string, { name: string | undefined; rooms: string[] }>();
  for (const room of rooms) {
    const entry = byBuilding.get(room.buildingId) ?? { name: room.building?.name, rooms: [] };
    entry.rooms.push(room.name);
    byBuilding.set(room.buildingId, entry);
  }
  return [...byBuilding].map(([id, entry]) => ({ id, label: entry.name ?? (commonPrefix(entry.rooms) || entry.rooms.join('、')) }));
}

export type DayCell =
  | { hour: number; state: 'closed' }
  | { hour: number; state: 'free'; startsAt: string }
  | { hour: number; state: 'busy'; startsAt: string; own: boolean; booking: DayBooking | null };

export interface DayRow {
  room: GridRoom;
  cells: DayCell[];
}

export interface DayGrid {
  /** The hours of the columns: from the earliest opening to the latest closing of the building's rooms. */
  hours: number[];
  rows: DayRow[];
}

const overlaps = (a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }) =>
  Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

/**
 * Rooms × hours of one day. A held hour is busy; an own busy slot names the booking that holds it
 * when the viewer's bookings of the day have it (`bookings`), others show only that they are held.
 */
export function dayGrid(freeBusy: readonly RoomFreeBusy[], bookings: readonly DayBooking[]): DayGrid {
  const hourSet = new Set(freeBusy.flatMap((room) => room.hours.map((slot) => slot.hour)));
  const hours = hourSet.size ? range(Math.min(...hourSet), Math.max(...hourSet)) : [];
  const rows = freeBusy.map(({ meetingRoom, busy, hours: slots }) => ({
    room: meetingRoom,
    cells: hours.map((hour): DayCell => {
      const slot = slots.find((candidate) => candidate.hour === hour);
      if (!slot) return { hour, state: 'closed' };
      if (slot.free) return { hour, state: 'free', startsAt: slot.startsAt };
      const hourSlot = { startsAt: slot.startsAt, endsAt: new Date(Date.parse(slot.startsAt) + 3_600_000).toISOString() };
      const held = busy.find((candidate) => overlaps(candidate, hourSlot));
      const booking = held?.own ? (bookings.find((candidate) => candidate.meetingRoom.id === meetingRoom.id && overlaps(candidate, hourSlot)) ?? null) : null;
      return { hour, state: 'busy', startsAt: slot.startsAt, own: held?.own ?? false, booking };
    }),
  }));
  return { hours, rows };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

export interface WeekCell {
  day: string;
  /** Open hours of the room that day, and of those the hours no booking holds. */
  openHours: number;
  freeHours: number;
  /** The share of the open hours held, 0–1. */
  busyShare: number;
}

export interface WeekRow {
  room: GridRoom;
  cells: WeekCell[];
}

/** Rooms × days of a week, from each day's free/busy (one answer a day, in the days' order). */
export function weekGrid(days: readonly string[], answers: ReadonlyArray<readonly RoomFreeBusy[]>): WeekRow[] {
  const rooms = new Map<string, GridRoom>();
  for (const answer of answers) for (const entry of answer) if (!rooms.has(entry.meetingRoom.id)) rooms.set(entry.meetingRoom.id, entry.meetingRoom);
  return [...rooms.values()].map((room) => ({
    room,
    cells: days.map((day, index) => {
      const entry = answers[index]?.find((candidate) => candidate.meetingRoom.id === room.id);
      const openHours = entry?.hours.length ?? 0;
      const freeHours = entry?.hours.filter((slot) => slot.free).length ?? 0;
      return { day, openHours, freeHours, busyShare: openHours ? (openHours - freeHours) / openHours : 0 };
    }),
  }));
}

/** What a click on a free hour opens the booking form with: the room, the day, that hour to an hour later (not past closing). */
export interface BookingSlot {
  room: GridRoom;
  day: string;
  startsAt: string;
  endsAt: string;
}

export function slotDefaults(room: GridRoom, startsAt: string): BookingSlot {
  const start = shanghaiMinute(startsAt);
  return { room, day: shanghaiDate(startsAt), startsAt: clockOfMinute(start), endsAt: clockOfMinute(Math.min(start + 60, room.closesAtMinute)) };
}
