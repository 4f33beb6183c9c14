import type { Refusal } from '@jiguan/shared-schema/errors';
import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { BookingStatus } from '../../prisma/generated/enums.ts';
import { ASSETS_WRITERS } from './access.ts';

/** The longest time-share rental, so one unit cannot hold a pool vehicle for good. */
export const MAX_BOOKING_HOURS = 72;

export interface BookingWindow {
  startsAt: Date;
  endsAt: Date;
}

/** Why a rental window cannot be booked, or null: it must end after it starts and last at most {@link MAX_BOOKING_HOURS}. */
export function bookingWindowProblem(window: BookingWindow): Refusal | null {
  const hours = (window.endsAt.getTime() - window.startsAt.getTime()) / 3_600_000;
  if (hours <= 0) return { code: 'BAD_USER_INPUT', reason: 'ENDS_BEFORE_START', field: 'endsAt', message: '结束时间须晚于开始时间' };
  if (hours > MAX_BOOKING_HOURS) {
    return { code: 'BAD_USER_INPUT', reason: 'BOOKING_TOO_LONG', field: 'endsAt', message: `单次租用不超过 ${MAX_BOOKING_HOURS} 小时`, params: { maxHours: MAX_BOOKING_HOURS } };
  }
  return null;
}

/** Half-open windows: one booking may start the minute another ends. */
export function overlaps(a: BookingWindow, b: BookingWindow): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** {@link overlaps} as a query filter for the live bookings of a vehicle; keep the two in step. */
export function overlappingBookingsWhere(vehicleId: string, window: BookingWindow): Prisma.VehicleBookingWhereInput {
  return { vehicleId, status: 'BOOKED', startsAt: { lt: window.endsAt }, endsAt: { gt: window.startsAt } };
}

/** A booking is cancelled once, which frees its window. */
export const vehicleBookingMachine = stateMachine<BookingStatus, 'cancel', { status: BookingStatus }>({
  stateOf: (booking) => booking.status,
  transitions: { cancel: { from: ['BOOKED'], to: 'CANCELLED', roles: ASSETS_WRITERS } },
});
