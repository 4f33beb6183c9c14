import { viewerFixture } from '@jiguan/shared-schema/testing/viewer-fixture';
import { describe, expect, it } from 'vitest';
import { bookingIcs, bookingMachine, bookingTimesProblem, checkInRefusal, isUnattended, localInstant, occurrences, openHoursProblem } from './booking.ts';

const at = (iso: string) => new Date(iso);

describe('meeting-room bookings', () => {
  it('opens check-in 15 minutes before the start and closes it 15 minutes after', () => {
    const booking = { startsAt: at('2026-05-06T01:00:00Z') };
    expect(checkInRefusal(booking, at('2026-05-06T00:44:00Z'))?.reason).toBe('CHECK_IN_NOT_OPEN');
    expect(checkInRefusal(booking, at('2026-05-06T00:45:00Z'))).toBeNull();
    expect(checkInRefusal(booking, at('2026-05-06T01:15:00Z'))).toBeNull();
    expect(checkInRefusal(booking, at('2026-05-06T01:15:01Z'))?.reason).toBe('CHECK_IN_CLOSED');
    expect(isUnattended({ status: 'APPROVED', startsAt: booking.startsAt, endsAt: at('2026-05-06T02:00:00Z') }, at('2026-05-06T01:16:00Z'))).toBe(true);
    expect(isUnattended({ status: 'CHECKED_IN', startsAt: booking.startsAt, endsAt: at('2026-05-06T02:00:00Z') }, at('2026-05-06T01:16:00Z'))).toBe(false);
  });

  it('lets staff approve and the booker cancel, not the other way round', () => {
    const row = { status: 'REQUESTED' as const, startsAt: at('2099-01-01T01:00:00Z'), endsAt: at('2099-01-01T02:00:00Z') };
    const unit = viewerFixture({ roles: ['UNIT_USER'] });
    const staff = viewerFixture({ roles: ['SERVICES_STAFF'] });
    expect(bookingMachine.allowed(unit, row)).toEqual(['cancel']);
    expect(bookingMachine.allowed(staff, row)).toEqual(['approve', 'reject', 'cancel']);
    expect(bookingMachine.refusal(unit, { ...row, status: 'COMPLETED' }, 'cancel')?.reason).toBe('INVALID_TRANSITION');
  });

  it('keeps a booking within the open hours of one local day', () => {
    const room = { opensAtMinute: 8 * 60, closesAtMinute: 18 * 60 };
    expect(openHoursProblem(room, localInstant('2026-05-06', 9 * 60), localInstant('2026-05-06', 18 * 60))).toBeNull();
    expect(openHoursProblem(room, localInstant('2026-05-06', 7 * 60 + 30), localInstant('2026-05-06', 9 * 60))?.reason).toBe('OUTSIDE_OPEN_HOURS');
    expect(openHoursProblem(room, localInstant('2026-05-06', 17 * 60), localInstant('2026-05-06', 18 * 60 + 30))?.reason).toBe('OUTSIDE_OPEN_HOURS');
  });

  it('repeats a series weekly, or monthly on the same day of the month', () => {
    const start = localInstant('2026-01-31', 9 * 60);
    const end = localInstant('2026-01-31', 10 * 60);
    expect(occurrences(start, end, { frequency: 'WEEKLY', count: 3 }).map((o) => o.startsAt.toISOString())).toEqual(['2026-01-31T01:00:00.000Z', '2026-02-07T01:00:00.000Z', '2026-02-14T01:00:00.000Z']);
    expect(occurrences(start, end, { frequency: 'MONTHLY', count: 3 }).map((o) => o.startsAt.toISOString())).toEqual(['2026-01-31T01:00:00.000Z', '2026-02-28T01:00:00.000Z', '2026-03-31T01:00:00.000Z']);
    expect(occurrences(start, end, null)).toHaveLength(1);
  });

  it('refuses an end before the start and a series out of range', () => {
    expect(bookingTimesProblem({ startsAt: at('2026-01-01T02:00:00Z'), endsAt: at('2026-01-01T01:00:00Z') })?.field).toBe('endsAt');
    expect(bookingTimesProblem({ startsAt: at('2026-01-01T01:00:00Z'), endsAt: at('2026-01-01T02:00:00Z'), recurrence: { frequency: 'WEEKLY', count: 53 } })?.field).toBe('recurrence.count');
  });

  it('writes an iCalendar file with folded lines', () => {
    const ics = bookingIcs({ id: 'b1', startsAt: at('2026-05-06T01:00:00Z'), endsAt: at('2026-05-06T02:30:00Z'), purpose: '季度工作会议，'.repeat(10), status: 'APPROVED', createdAt: at('2026-05-01T00:00:00Z') }, { name: '第一会议室', floor: 3 });
    expect(ics).toContain('DTSTART:20260506T010000Z\r\n');
    expect(ics).toContain('STATUS:CONFIRMED');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
