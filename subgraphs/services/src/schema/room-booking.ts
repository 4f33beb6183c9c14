import { visibleUnitIds } from '@jiguan/shared-schema/auth/visible-unit-ids';
import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { optionalText, positiveCount, text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { approveRoomBooking } from '../actions/approve-room-booking.ts';
import { cancelRoomBooking } from '../actions/cancel-room-booking.ts';
import { checkInRoomBooking } from '../actions/check-in-room-booking.ts';
import { completeRoomBooking } from '../actions/complete-room-booking.ts';
import { createRoomBooking } from '../actions/create-room-booking.ts';
import { rejectRoomBooking } from '../actions/reject-room-booking.ts';
import { releaseUnattendedRoomBookings } from '../actions/release-unattended-room-bookings.ts';
import { builder } from '../builder.ts';
import { prisma, table } from '../db.ts';
import { servicesAccess } from '../domain/access.ts';
import { BOOKING_ROLES, bookingIcs, bookingMachine, bookingTimesProblem, HOLDING_STATUSES, localInstant, type Recurrence } from '../domain/booking.ts';
import { RoomBookingStatusEnum } from './enums.ts';
import { MeetingRoomRef } from './meeting-room.ts';
import { PersonRef } from './places.ts';

const RoomBookingActionEnum = actionEnum(builder, 'RoomBookingAction', bookingMachine);

builder.prismaObject('RoomBooking', {
  description: '会议室预定: a booking of a room by a unit, its time, attendees, needs and status',
  fields: (t) => ({
    id: t.exposeID('id'),
    meetingRoom: t.relation('meetingRoom'),
    organization: t.relation('organization', { description: 'The organiser’s unit' }),
    organiser: t.field({ type: PersonRef, resolve: (booking) => ({ id: booking.organiserPersonId }) }),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    attendees: t.exposeInt('attendees'),
    purpose: t.exposeString('purpose'),
    needs: t.exposeString('needs', { nullable: true, description: 'Equipment and layout needs' }),
    status: t.expose('status', { type: RoomBookingStatusEnum }),
    seriesId: t.exposeID('seriesId', { nullable: true, description: 'The recurring series it was booked in' }),
    decisionNote: t.exposeString('decisionNote', { nullable: true }),
    checkedInAt: t.expose('checkedInAt', { type: 'DateTime', nullable: true }),
    icalendar: t.string({
      description: 'The booking as an iCalendar (.ics, RFC 5545) file, for the organiser’s calendar',
      select: { meetingRoom: { select: { name: true, floor: true } } },
      resolve: (booking) => bookingIcs(booking, booking.meetingRoom),
    }),
    allowedActions: t.field({
      type: [RoomBookingActionEnum],
      description: ALLOWED_ACTIONS_DESCRIPTION,
      resolve: (booking, _args, context) => allowedActions(bookingMachine, context.viewer, booking),
    }),
  }),
});

const bookingOrder = orderEnum(builder, 'RoomBookingOrder', {
  STARTS_AT_DESC: [{ startsAt: 'desc' }, { id: 'asc' }],
  STARTS_AT: [{ startsAt: 'asc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.RoomBookingOrderByWithRelationInput[]>);

const RoomBookingFilter = builder.inputType('RoomBookingFilter', {
  fields: (t) => ({
    meetingRoomId: t.id(),
    organizationId: t.id(),
    status: t.field({ type: RoomBookingStatusEnum }),
    seriesId: t.id(),
    from: t.field({ type: 'DateTime', description: 'Bookings still running at or after this instant' }),
    to: t.field({ type: 'DateTime', description: 'Bookings starting before this instant' }),
  }),
});

export function bookingWhere(filter: typeof RoomBookingFilter.$inferInput | null | undefined): Prisma.RoomBookingWhereInput {
  return {
    ...(filter?.meetingRoomId ? { meetingRoomId: filter.meetingRoomId } : {}),
    ...(filter?.organizationId ? { organizationId: filter.organizationId } : {}),
    ...(filter?.status ? { status: filter.status } : {}),
    ...(filter?.seriesId ? { seriesId: filter.seriesId } : {}),
    ...(filter?.from ? { endsAt: { gt: filter.from } } : {}),
    ...(filter?.to ? { startsAt: { lt: filter.to } } : {}),
  };
}

export { RoomBookingFilter, bookingOrder };

interface BusySlot {
  startsAt: Date;
  endsAt: Date;
  own: boolean;
}

const BusySlotRef = builder.objectRef<BusySlot>('RoomBusySlot').implement({
  description: 'A time a room is held by a booking; whose it is only when it is the viewer’s own unit’s',
  fields: (t) => ({
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    own: t.exposeBoolean('own', { description: 'A booking of a unit whose records the viewer sees' }),
  }),
});

interface HourSlot {
  hour: number;
  startsAt: Date;
  free: boolean;
}

const HourSlotRef = builder.objectRef<HourSlot>('RoomHourSlot').implement({
  description: 'One hour of the open hours, free when no booking holds any part of it',
  fields: (t) => ({
    hour: t.exposeInt('hour', { description: 'Local hour, 8 is 08:00–09:00' }),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    free: t.exposeBoolean('free'),
  }),
});

type RoomRow = Prisma.MeetingRoomGetPayload<object>;
interface RoomDay {
  room: RoomRow;
  busy: BusySlot[];
  hours: HourSlot[];
}

const RoomDayRef = builder.objectRef<RoomDay>('RoomFreeBusy').implement({
  description: 'One room on one day: when it is held, and its open hours hour by hour',
  fields: (t) => ({
    meetingRoom: t.field({ type: MeetingRoomRef, resolve: (day) => day.room }),
    busy: t.field({ type: [BusySlotRef], resolve: (day) => day.busy }),
    hours: t.field({ type: [HourSlotRef], resolve: (day) => day.hours }),
  }),
});

builder.queryFields((t) => ({
  roomBookings: t.prismaConnection({
    type: 'RoomBooking',
    cursor: 'id',
    authScopes: servicesAccess.read,
    description: 'Bookings the viewer sees (a unit user: its unit’s); latest start first unless ordered otherwise',
    args: { filter: t.arg({ type: RoomBookingFilter }), orderBy: t.arg({ type: bookingOrder.ref, defaultValue: bookingOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.roomBooking.findMany({ ...query, where: bookingWhere(filter), orderBy: bookingOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.roomBooking.count({ where: bookingWhere(filter) }),
  }),
  roomBooking: t.prismaField({
    type: 'RoomBooking',
    nullable: true,
    authScopes: servicesAccess.read,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => context.db.roomBooking.findUnique({ ...query, where: { id } }),
  }),
  roomFreeBusy: t.field({
    type: [RoomDayRef],
    authScopes: servicesAccess.read,
    description:
      'Free/busy of every meeting room of a building on one local day (rooms × hours). Every booking that holds a room shows as busy, ' +
      'whoever’s it is; only its times are given, and `own` for the viewer’s units’ bookings.',
    args: { buildingId: t.arg.id({ required: true }), day: t.arg({ type: 'Date', required: true }) },
    resolve: async (_root, { buildingId, day }, context) => {
      const date = day.toISOString().slice(0, 10);
      const from = localInstant(date, 0);
      const to = localInstant(date, 24 * 60);
      const rooms = await context.db.meetingRoom.findMany({ where: { buildingId }, orderBy: [{ floor: 'asc' }, { name: 'asc' }, { id: 'asc' }], take: 200 });
      if (rooms.length === 0) return [];
      // Raw: the viewer's scope would hide other units' bookings, which hold the room all the same.
      const held = await prisma.$queryRaw<{ meetingRoomId: string; organizationId: string; startsAt: Date; endsAt: Date }[]>`
        SELECT "meetingRoomId", "organizationId", "startsAt", "endsAt" FROM ${table('RoomBooking')}
         WHERE "meetingRoomId" = ANY(${rooms.map((r) => r.id)}) AND status::text = ANY(${[...HOLDING_STATUSES]})
           AND "startsAt" < ${to} AND "endsAt" > ${from}
         ORDER BY "startsAt"`;
      const visible = context.viewer ? visibleUnitIds(context.viewer) : [];
      const own = (unit: string) => visible === null || visible.includes(unit);
      return rooms.map((room) => {
        const busy = held.filter((b) => b.meetingRoomId === room.id).map((b) => ({ startsAt: b.startsAt, endsAt: b.endsAt, own: own(b.organizationId) }));
        const hours: HourSlot[] = [];
        for (let hour = Math.floor(room.opensAtMinute / 60); hour * 60 < room.closesAtMinute; hour += 1) {
          const startsAt = localInstant(date, hour * 60);
          const endsAt = localInstant(date, hour * 60 + 60);
          hours.push({ hour, startsAt, free: !busy.some((b) => b.startsAt < endsAt && b.endsAt > startsAt) });
        }
        return { room, busy, hours };
      });
    },
  }),
}));

const RecurrenceFrequencyEnum = builder.enumType('RoomBookingFrequency', { values: ['WEEKLY', 'MONTHLY'] as const, description: '每周 / 每月' });

const RoomBookingRecurrenceInput = builder.inputType('RoomBookingRecurrenceInput', {
  fields: (t) => ({
    frequency: t.field({ type: RecurrenceFrequencyEnum, required: true }),
    count: t.int({ required: true, description: 'Meetings in the series, the first included (2–52)' }),
  }),
});

export const CreateRoomBookingInput = builder.inputType('CreateRoomBookingInput', {
  validate: domainRule((input: { startsAt: Date; endsAt: Date; recurrence?: Recurrence | null }) => bookingTimesProblem(input)),
  fields: (t) => ({
    meetingRoomId: t.id({ required: true }),
    organizationId: t.id({ description: 'The organiser’s unit: services staff name it; a unit user books for its own' }),
    organiserPersonId: t.id({ description: 'The organiser; default the viewer' }),
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true }),
    attendees: t.int({ required: true, validate: positiveCount }),
    purpose: t.string({ required: true, validate: text(200) }),
    needs: t.string({ validate: optionalText(500), description: 'Equipment and layout needs' }),
    recurrence: t.field({ type: RoomBookingRecurrenceInput, description: 'Weekly or monthly: the whole series is booked, or none of it' }),
  }),
});

const RoomBookingStepInput = builder.inputType('RoomBookingStepInput', { fields: (t) => ({ id: t.id({ required: true, validate: text(100) }) }) });
const DecideRoomBookingInput = builder.inputType('DecideRoomBookingInput', {
  fields: (t) => ({ id: t.id({ required: true, validate: text(100) }), note: t.string({ validate: optionalText(500) }) }),
});
const RejectRoomBookingInput = builder.inputType('RejectRoomBookingInput', {
  fields: (t) => ({ id: t.id({ required: true, validate: text(100) }), note: t.string({ required: true, validate: text(500), description: 'Why' }) }),
});

builder.mutationFields((t) => ({
  createRoomBooking: t.prismaField({
    type: 'RoomBooking',
    authScopes: { anyRole: BOOKING_ROLES },
    description:
      'Books a room (a series: the first of it is answered). CONFLICT BOOKING_OVERLAP names the booking it clashes with; BAD_USER_INPUT OVER_CAPACITY, OUTSIDE_OPEN_HOURS',
    args: { input: t.arg({ type: CreateRoomBookingInput, required: true }) },
    resolve: (query, _root, { input }, context) => createRoomBooking(actingAs(context), context, input, query),
  }),
  approveRoomBooking: t.prismaField({
    type: 'RoomBooking',
    authScopes: { anyRole: bookingMachine.rolesFor('approve') },
    description: 'REQUESTED → APPROVED',
    args: { input: t.arg({ type: DecideRoomBookingInput, required: true }) },
    resolve: (query, _root, { input }, context) => approveRoomBooking(actingAs(context), input, query),
  }),
  rejectRoomBooking: t.prismaField({
    type: 'RoomBooking',
    authScopes: { anyRole: bookingMachine.rolesFor('reject') },
    description: 'REQUESTED → REJECTED, with why',
    args: { input: t.arg({ type: RejectRoomBookingInput, required: true }) },
    resolve: (query, _root, { input }, context) => rejectRoomBooking(actingAs(context), input, query),
  }),
  checkInRoomBooking: t.prismaField({
    type: 'RoomBooking',
    authScopes: { anyRole: bookingMachine.rolesFor('checkIn') },
    description: 'APPROVED → CHECKED_IN, from 15 minutes before the start to 15 minutes after it',
    args: { input: t.arg({ type: RoomBookingStepInput, required: true }) },
    resolve: (query, _root, { input }, context) => checkInRoomBooking(actingAs(context), input, query),
  }),
  completeRoomBooking: t.prismaField({
    type: 'RoomBooking',
    authScopes: { anyRole: bookingMachine.rolesFor('complete') },
    description: 'CHECKED_IN → COMPLETED',
    args: { input: t.arg({ type: RoomBookingStepInput, required: true }) },
    resolve: (query, _root, { input }, context) => completeRoomBooking(actingAs(context), input, query),
  }),
  cancelRoomBooking: t.prismaField({
    type: 'RoomBooking',
    authScopes: { anyRole: bookingMachine.rolesFor('cancel') },
    description: 'REQUESTED / APPROVED → CANCELLED (a unit user before the start)',
    args: { input: t.arg({ type: RoomBookingStepInput, required: true }) },
    resolve: (query, _root, { input }, context) => cancelRoomBooking(actingAs(context), input, query),
  }),
  releaseUnattendedRoomBookings: t.int({
    authScopes: servicesAccess.write,
    description: 'The sweep: every APPROVED booking not checked in within 15 minutes of its start → RELEASED, freeing the room; answers how many',
    resolve: (_root, _args, context) => releaseUnattendedRoomBookings(actingAs(context)),
  }),
}));
