import { hasRole } from '@jiguan/shared-schema/auth/viewer';
import type { Refusal } from '@jiguan/shared-schema/errors';
import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';
import type { BookingStatus } from '../../prisma/generated/enums.ts';
import { SERVICES_WRITERS } from './access.ts';

export type BookingVerb = 'approve' | 'reject' | 'checkIn' | 'complete' | 'cancel';

/** The statuses that hold the room: two such bookings of one room never overlap (the exclusion constraint of the migration). */
export const HOLDING_STATUSES: readonly BookingStatus[] = ['REQUESTED', 'APPROVED', 'CHECKED_IN'];

/** Check-in opens this long before the start and closes this long after it; an approved booking not checked in by then is released. */
export const CHECK_IN_MINUTES = 15;
const MINUTE = 60_000;

/** The offset of the bureau's local time (Asia/Shanghai, no daylight saving). */
const LOCAL_OFFSET_MINUTES = 8 * 60;

/** The booker: services staff for any unit, a unit user for its own (the scope rules keep other units' bookings from them). */
const BOOKERS = [...SERVICES_WRITERS, 'UNIT_USER'] as const;

export interface BookingForRules {
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
}

/** Why the organiser may not check in now: check-in is open from 15 minutes before the start to 15 minutes after it. */
export function checkInRefusal(booking: Pick<BookingForRules, 'startsAt'>, now: Date): Refusal | null {
  const opens = booking.startsAt.getTime() - CHECK_IN_MINUTES * MINUTE;
  const closes = booking.startsAt.getTime() + CHECK_IN_MINUTES * MINUTE;
  if (now.getTime() < opens) return { code: 'CONFLICT', reason: 'CHECK_IN_NOT_OPEN', message: `签到在开始前 ${CHECK_IN_MINUTES} 分钟开放`, params: { minutes: CHECK_IN_MINUTES } };
  if (now.getTime() > closes) return { code: 'CONFLICT', reason: 'CHECK_IN_CLOSED', message: `开始 ${CHECK_IN_MINUTES} 分钟后未签到，会议室已释放`, params: { minutes: CHECK_IN_MINUTES } };
  return null;
}

/** An approved booking nobody checked in to within 15 minutes of its start: the sweep releases it. */
export function isUnattended(booking: BookingForRules, now: Date): boolean {
  return booking.status === 'APPROVED' && booking.startsAt.getTime() + CHECK_IN_MINUTES * MINUTE < now.getTime();
}

/**
 * 会议室预定: REQUESTED → APPROVED / REJECTED (rooms that need approval; the others start APPROVED)
 * → CHECKED_IN → COMPLETED; CANCELLED before the meeting; RELEASED by the staff's sweep when
 * nobody checked in within 15 minutes of the start (`releaseUnattendedRoomBookings`).
 */
export const bookingMachine = stateMachine<BookingStatus, BookingVerb, BookingForRules>({
  stateOf: (booking) => booking.status,
  transitions: {
    approve: { from: ['REQUESTED'], to: 'APPROVED', roles: SERVICES_WRITERS },
    reject: { from: ['REQUESTED'], to: 'REJECTED', roles: SERVICES_WRITERS },
    checkIn: { from: ['APPROVED'], to: 'CHECKED_IN', roles: [...BOOKERS], refuse: (_viewer, booking) => checkInRefusal(booking, new Date()) },
    complete: { from: ['CHECKED_IN'], to: 'COMPLETED', roles: [...BOOKERS] },
    cancel: {
      from: ['REQUESTED', 'APPROVED'],
      to: 'CANCELLED',
      roles: [...BOOKERS],
      // A unit user cancels before the start; staff at any time before check-in.
      refuse: (viewer, booking) =>
        !hasRole(viewer, ...SERVICES_WRITERS) && booking.startsAt.getTime() <= Date.now()
          ? { code: 'CONFLICT', reason: 'BOOKING_STARTED', message: '会议已开始，不能取消' }
          : null,
    },
  },
});

/** Roles that may book a room (and must say for which unit: staff; a unit user books for its own). */
export const BOOKING_ROLES = [...BOOKERS];

/** Minutes after local midnight, and the local day (YYYY-MM-DD), of an instant. */
export function localTime(instant: Date): { day: string; minute: number } {
  const shifted = new Date(instant.getTime() + LOCAL_OFFSET_MINUTES * MINUTE);
  return { day: shifted.toISOString().slice(0, 10), minute: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() };
}

/** The instant of a local day's minute (`2024-05-06`, 540 → 09:00 in Shanghai). */
export function localInstant(day: string, minute: number): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + (minute - LOCAL_OFFSET_MINUTES) * MINUTE);
}

/** HH:MM of minutes after midnight. */
export const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Why a booking does not fit the room's open hours: it starts and ends on one local day within them. */
export function openHoursProblem(room: { opensAtMinute: number; closesAtMinute: number }, startsAt: Date, endsAt: Date): Refusal | null {
  const start = localTime(startsAt);
  const end = localTime(endsAt);
  const endMinute = end.day === start.day ? end.minute : end.minute === 0 && localInstant(start.day, 24 * 60).getTime() === endsAt.getTime() ? 24 * 60 : -1;
  if (start.minute < room.opensAtMinute || endMinute < 0 || endMinute > room.closesAtMinute) {
    return {
      code: 'BAD_USER_INPUT',
      reason: 'OUTSIDE_OPEN_HOURS',
      message: `会议室开放时间为 ${clock(room.opensAtMinute)}–${clock(room.closesAtMinute)}`,
      params: { opens: clock(room.opensAtMinute), closes: clock(room.closesAtMinute) },
      field: 'input.startsAt',
    };
  }
  return null;
}

/** Why the attendees do not fit the room. */
export function capacityProblem(room: { capacity: number; name: string }, attendees: number): Refusal | null {
  if (attendees <= room.capacity) return null;
  return { code: 'BAD_USER_INPUT', reason: 'OVER_CAPACITY', message: `${room.name}最多容纳 ${room.capacity} 人`, params: { capacity: room.capacity, room: room.name }, field: 'input.attendees' };
}

export type Recurrence = { frequency: 'WEEKLY' | 'MONTHLY'; count: number };

/** The longest series: a year of weekly meetings. */
export const MAX_OCCURRENCES = 52;

/** The start and end of each meeting of a series (the first is the booking itself); monthly ones keep the local day of the month. */
export function occurrences(startsAt: Date, endsAt: Date, recurrence: Recurrence | null | undefined): { startsAt: Date; endsAt: Date }[] {
  const count = recurrence?.count ?? 1;
  const length = endsAt.getTime() - startsAt.getTime();
  const { day, minute } = localTime(startsAt);
  const result: { startsAt: Date; endsAt: Date }[] = [];
  for (let n = 0; n < count; n += 1) {
    const first = new Date(`${day}T00:00:00.000Z`);
    if (recurrence?.frequency === 'MONTHLY') {
      const target = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + n, 1));
      const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      target.setUTCDate(Math.min(first.getUTCDate(), lastDay));
      const start = localInstant(target.toISOString().slice(0, 10), minute);
      result.push({ startsAt: start, endsAt: new Date(start.getTime() + length) });
    } else {
      const start = new Date(startsAt.getTime() + n * 7 * 24 * 60 * MINUTE);
      result.push({ startsAt: start, endsAt: new Date(start.getTime() + length) });
    }
  }
  return result;
}

/** Input rule (fields relative to the input): a booking ends after it starts, lasts at most 12 hours, and a series has 2 to 52 meetings. */
export function bookingTimesProblem(input: { startsAt: Date; endsAt: Date; recurrence?: Recurrence | null }): Refusal | null {
  if (input.endsAt.getTime() <= input.startsAt.getTime()) {
    return { code: 'BAD_USER_INPUT', reason: 'ENDS_BEFORE_START', message: '结束时间须晚于开始时间', field: 'endsAt' };
  }
  if (input.endsAt.getTime() - input.startsAt.getTime() > 12 * 60 * MINUTE) {
    return { code: 'BAD_USER_INPUT', reason: 'BOOKING_TOO_LONG', message: '单次预定不超过 12 小时', params: { hours: 12 }, field: 'endsAt' };
  }
  const count = input.recurrence?.count;
  if (count !== undefined && (!Number.isInteger(count) || count < 2 || count > MAX_OCCURRENCES)) {
    return { code: 'BAD_USER_INPUT', reason: 'RECURRENCE_COUNT', message: `重复次数为 2–${MAX_OCCURRENCES} 次`, params: { min: 2, max: MAX_OCCURRENCES }, field: 'recurrence.count' };
  }
  return null;
}

/** Input rule of a room: it opens before it closes, within the day. */
export function openHoursRuleProblem(input: { opensAtMinute: number; closesAtMinute: number }): Refusal | null {
  const ok = (m: number) => Number.isInteger(m) && m >= 0 && m <= 24 * 60;
  if (!ok(input.opensAtMinute)) return { code: 'BAD_USER_INPUT', reason: 'NOT_A_TIME_OF_DAY', message: '须为 0–1440 分钟', field: 'opensAtMinute' };
  if (!ok(input.closesAtMinute) || input.closesAtMinute <= input.opensAtMinute) {
    return { code: 'BAD_USER_INPUT', reason: 'CLOSES_BEFORE_OPENING', message: '关闭时间须晚于开放时间', field: 'closesAtMinute' };
  }
  return null;
}

const icsTime = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const icsText = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/([,;])/g, '\\$1');

/** The booking as an iCalendar (RFC 5545) file: one VEVENT, times in UTC, lines folded at 75 octets. */
export function bookingIcs(booking: { id: string; startsAt: Date; endsAt: Date; purpose: string; status: BookingStatus; createdAt: Date }, room: { name: string; floor: number }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Jiguan Hub//services//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${booking.id}@services.jiguan`,
    `DTSTAMP:${icsTime(booking.createdAt)}`,
    `DTSTART:${icsTime(booking.startsAt)}`,
    `DTEND:${icsTime(booking.endsAt)}`,
    `SUMMARY:${icsText(booking.purpose)}`,
    `LOCATION:${icsText(`${room.name}（${room.floor}楼）`)}`,
    `STATUS:${booking.status === 'CANCELLED' || booking.status === 'REJECTED' || booking.status === 'RELEASED' ? 'CANCELLED' : booking.status === 'REQUESTED' ? 'TENTATIVE' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.flatMap(fold).join('\r\n')}\r\n`;
}

/** Splits a content line into 75-octet pieces (continuations start with a space), never inside a character. */
function fold(line: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.map((piece, i) => (i === 0 ? piece : ` ${piece}`));
}
