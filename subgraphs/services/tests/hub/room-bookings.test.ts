import { beforeAll, describe, expect, it } from 'vitest';
import { as, AUDIT_UNIT, auditCount, BOOK, createTestRoom, dataOf, expectError, FINANCE_UNIT, localSlot, OFFICE_CENTRE_1, sql } from './client.ts';

/**
 * 会议室预定 through the gateway: the state machine step by step (allowed, refused, wrong role),
 * the overlap rule held by the exclusion constraint (the race: one of many wins), recurring series
 * all-or-nothing naming the clash, capacity, open hours, free/busy, the .ics file and the sweep.
 */
let approvalRoom = '';
let openRoom = '';

const step = (verb: string, id: string, extra: object = {}, type = 'RoomBookingStepInput') =>
  [`mutation ($input: ${type}!) { ${verb}(input: $input) { id status allowedActions } }`, { input: { id, ...extra } }] as const;

beforeAll(async () => {
  approvalRoom = await createTestRoom({ needsApproval: true, capacity: 12 });
  openRoom = await createTestRoom({ opensAtMinute: 8 * 60, closesAtMinute: 18 * 60 });
});

describe('a booking’s life', () => {
  it('REQUESTED → APPROVED by staff; the unit user may only cancel; a second approval is a CONFLICT', async () => {
    const booked = dataOf(await as('unit', BOOK, { input: { meetingRoomId: approvalRoom, ...localSlot(30), attendees: 8, purpose: '审计工作例会' } })).createRoomBooking;
    expect(booked.status).toBe('REQUESTED');
    expect(booked.organization.id).toBe(AUDIT_UNIT);
    expect(booked.allowedActions).toEqual(['CANCEL']);
    expectError(await as('unit', ...step('approveRoomBooking', booked.id, {}, 'DecideRoomBookingInput')), 'FORBIDDEN');
    expectError(await as('assets', ...step('approveRoomBooking', booked.id, {}, 'DecideRoomBookingInput')), 'FORBIDDEN');
    const approved = dataOf(await as('services', ...step('approveRoomBooking', booked.id, { note: '同意' }, 'DecideRoomBookingInput'))).approveRoomBooking;
    expect(approved.status).toBe('APPROVED');
    expectError(await as('services', ...step('approveRoomBooking', booked.id, {}, 'DecideRoomBookingInput')), 'CONFLICT');
    // Check-in opens 15 minutes before the start: a month ahead it is refused.
    const early = await as('unit', ...step('checkInRoomBooking', booked.id));
    expectError(early, 'CONFLICT');
    expect(early.errors?.[0]?.extensions?.reason).toBe('CHECK_IN_NOT_OPEN');
    expect(dataOf(await as('unit', ...step('cancelRoomBooking', booked.id))).cancelRoomBooking.status).toBe('CANCELLED');
    expectError(await as('unit', ...step('cancelRoomBooking', booked.id)), 'CONFLICT');
  });

  it('REQUESTED → REJECTED with a note frees the slot', async () => {
    const slot = localSlot(31);
    const booked = dataOf(await as('unit', BOOK, { input: { meetingRoomId: approvalRoom, ...slot, attendees: 4, purpose: '座谈会' } })).createRoomBooking;
    expectError(await as('services', ...step('rejectRoomBooking', booked.id, { note: '' }, 'RejectRoomBookingInput')), 'BAD_USER_INPUT', 'input.note');
    expect(dataOf(await as('services', ...step('rejectRoomBooking', booked.id, { note: '当日有重要会议' }, 'RejectRoomBookingInput'))).rejectRoomBooking.status).toBe('REJECTED');
    expect(dataOf(await as('unit', BOOK, { input: { meetingRoomId: approvalRoom, ...slot, attendees: 4, purpose: '座谈会' } })).createRoomBooking.status).toBe('REQUESTED');
  });

  it('APPROVED → CHECKED_IN within 15 minutes of the start → COMPLETED', async () => {
    const room = await createTestRoom();
    const start = Date.now() + 2 * 60_000;
    const booked = dataOf(
      await as('unit', BOOK, { input: { meetingRoomId: room, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 30 * 60_000).toISOString(), attendees: 3, purpose: '临时碰头会' } }),
    ).createRoomBooking;
    expect(booked.status).toBe('APPROVED');
    expect(booked.allowedActions).toEqual(['CHECK_IN', 'CANCEL']);
    const checkedIn = dataOf(await as('unit', ...step('checkInRoomBooking', booked.id))).checkInRoomBooking;
    expect(checkedIn.status).toBe('CHECKED_IN');
    expect(checkedIn.allowedActions).toEqual(['COMPLETE']);
    expectError(await as('unit', ...step('cancelRoomBooking', booked.id)), 'CONFLICT');
    expect(dataOf(await as('unit', ...step('completeRoomBooking', booked.id))).completeRoomBooking.status).toBe('COMPLETED');
  });

  it('the sweep releases approved bookings nobody checked in to within 15 minutes of the start', async () => {
    const room = await createTestRoom();
    const booked = dataOf(await as('unit', BOOK, { input: { meetingRoomId: room, ...localSlot(2), attendees: 3, purpose: '无人到场' } })).createRoomBooking;
    // No mutation books the past: move this one there, as if the morning had gone by.
    await sql(`UPDATE services."RoomBooking" SET "startsAt" = now() - interval '40 minutes', "endsAt" = now() + interval '20 minutes' WHERE id = $1`, [booked.id]);
    const late = await as('unit', ...step('checkInRoomBooking', booked.id));
    expect(late.errors?.[0]?.extensions?.reason).toBe('CHECK_IN_CLOSED');
    expectError(await as('unit', 'mutation { releaseUnattendedRoomBookings }'), 'FORBIDDEN');
    expect(dataOf(await as('services', 'mutation { releaseUnattendedRoomBookings }')).releaseUnattendedRoomBookings).toBeGreaterThanOrEqual(1);
    const { roomBooking } = dataOf(await as('unit', 'query ($id: ID!) { roomBooking(id: $id) { status allowedActions } }', { id: booked.id }));
    expect(roomBooking).toEqual({ status: 'RELEASED', allowedActions: [] });
  });
});

describe('the overlap rule', () => {
  it('refuses an overlapping booking by anyone, naming the booking it clashes with; touching ends are fine', async () => {
    const slot = localSlot(40);
    const first = dataOf(await as('unit', BOOK, { input: { meetingRoomId: openRoom, ...slot, attendees: 5, purpose: '第一场' } })).createRoomBooking;
    const half = new Date(Date.parse(slot.startsAt) + 30 * 60_000).toISOString();
    const clash = await as('services', BOOK, { input: { meetingRoomId: openRoom, organizationId: FINANCE_UNIT, startsAt: half, endsAt: new Date(Date.parse(slot.endsAt) + 30 * 60_000).toISOString(), attendees: 5, purpose: '第二场' } });
    expectError(clash, 'CONFLICT');
    expect(clash.errors?.[0]?.extensions).toMatchObject({ reason: 'BOOKING_OVERLAP', params: { booking: first.id, startsAt: slot.startsAt, endsAt: slot.endsAt } });
    const next = dataOf(await as('services', BOOK, { input: { meetingRoomId: openRoom, organizationId: FINANCE_UNIT, startsAt: slot.endsAt, endsAt: new Date(Date.parse(slot.endsAt) + 3600_000).toISOString(), attendees: 5, purpose: '紧接着' } })).createRoomBooking;
    expect(next.status).toBe('APPROVED');
  });

  it('of many concurrent bookings of one slot exactly one wins, the others get BOOKING_OVERLAP', async () => {
    const room = await createTestRoom();
    const slot = localSlot(41);
    const attempts = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        as(i % 2 === 0 ? 'unit' : 'services', BOOK, { input: { meetingRoomId: room, ...(i % 2 === 0 ? {} : { organizationId: FINANCE_UNIT }), ...slot, attendees: 2, purpose: `抢订${i}` } }),
      ),
    );
    const won = attempts.filter((r) => r.data?.createRoomBooking);
    const lost = attempts.filter((r) => r.errors?.[0]?.extensions?.reason === 'BOOKING_OVERLAP');
    console.log(`race: ${attempts.length} concurrent bookings of one slot → ${won.length} won, ${lost.length} BOOKING_OVERLAP`);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(attempts.length - 1);
    const { roomBookings } = dataOf(await as('services', 'query ($room: ID!) { roomBookings(filter: { meetingRoomId: $room }) { totalCount } }', { room }));
    expect(roomBookings.totalCount).toBe(1);
  });

  it('books a weekly series all-or-nothing, naming the clash and which meeting of the series it is', async () => {
    const room = await createTestRoom();
    const third = localSlot(50 + 14);
    const blocker = dataOf(await as('services', BOOK, { input: { meetingRoomId: room, organizationId: FINANCE_UNIT, ...third, attendees: 2, purpose: '已有会议' } })).createRoomBooking;
    const audits = await auditCount();
    const series = await as('unit', BOOK, { input: { meetingRoomId: room, ...localSlot(50), attendees: 6, purpose: '周例会', recurrence: { frequency: 'WEEKLY', count: 4 } } });
    expectError(series, 'CONFLICT');
    expect(series.errors?.[0]?.extensions).toMatchObject({ reason: 'BOOKING_OVERLAP', params: { booking: blocker.id, occurrence: 3 } });
    const count = async () => dataOf(await as('services', 'query ($room: ID!) { roomBookings(filter: { meetingRoomId: $room }) { totalCount } }', { room })).roomBookings.totalCount;
    expect(await count()).toBe(1);
    expect(await auditCount()).toBe(audits);
    const monthly = dataOf(await as('unit', BOOK, { input: { meetingRoomId: room, ...localSlot(51), attendees: 6, purpose: '月度例会', recurrence: { frequency: 'MONTHLY', count: 3 } } })).createRoomBooking;
    expect(monthly.seriesId).toBeTruthy();
    const { roomBookings } = dataOf(await as('unit', 'query ($s: ID!) { roomBookings(filter: { seriesId: $s }, orderBy: STARTS_AT) { totalCount edges { node { startsAt } } } }', { s: monthly.seriesId }));
    expect(roomBookings.totalCount).toBe(3);
  });

  it('checks the capacity and the open hours', async () => {
    expectError(await as('unit', BOOK, { input: { meetingRoomId: approvalRoom, ...localSlot(42), attendees: 13, purpose: '大会' } }), 'BAD_USER_INPUT', 'input.attendees');
    const early = await as('unit', BOOK, { input: { meetingRoomId: openRoom, ...localSlot(42, 7 * 60), attendees: 2, purpose: '早会' } });
    expectError(early, 'BAD_USER_INPUT', 'input.startsAt');
    expect(early.errors?.[0]?.extensions?.reason).toBe('OUTSIDE_OPEN_HOURS');
    expectError(await as('unit', BOOK, { input: { meetingRoomId: openRoom, ...localSlot(42, 17 * 60, 90), attendees: 2, purpose: '晚会' } }), 'BAD_USER_INPUT', 'input.startsAt');
  });
});

describe('free/busy and the calendar file', () => {
  it('shows every booking that holds a room as busy, another unit’s without its identity', async () => {
    const room = await createTestRoom({ opensAtMinute: 8 * 60, closesAtMinute: 18 * 60 });
    const slot = localSlot(60, 14 * 60);
    await as('services', BOOK, { input: { meetingRoomId: room, organizationId: FINANCE_UNIT, ...slot, attendees: 2, purpose: '财政局会议' } });
    const mine = dataOf(await as('unit', BOOK, { input: { meetingRoomId: room, ...localSlot(60, 9 * 60, 90), attendees: 2, purpose: '审计局会议' } })).createRoomBooking;
    const day = new Date(Date.parse(slot.startsAt) + 8 * 3600_000).toISOString().slice(0, 10);
    const { roomFreeBusy } = dataOf(
      await as('unit', 'query ($b: ID!, $d: Date!) { roomFreeBusy(buildingId: $b, day: $d) { meetingRoom { id } busy { startsAt endsAt own } hours { hour free } } }', { b: OFFICE_CENTRE_1, d: day }),
    );
    const ours = (roomFreeBusy as any[]).find((r) => r.meetingRoom.id === room);
    expect(ours.busy).toEqual([
      { startsAt: localSlot(60, 9 * 60, 90).startsAt, endsAt: localSlot(60, 9 * 60, 90).endsAt, own: true },
      { ...slot, own: false },
    ]);
    expect(ours.hours.filter((h: any) => !h.free).map((h: any) => h.hour)).toEqual([9, 10, 14]);
    expect(ours.hours).toHaveLength(10);
    const { roomBooking } = dataOf(await as('unit', 'query ($id: ID!) { roomBooking(id: $id) { icalendar } }', { id: mine.id }));
    expect(roomBooking.icalendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(roomBooking.icalendar).toContain(`UID:${mine.id}@services.jiguan`);
    expect(roomBooking.icalendar).toContain('SUMMARY:审计局会议');
  });
});
