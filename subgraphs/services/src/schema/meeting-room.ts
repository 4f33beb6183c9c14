import { actingAs } from '@jiguan/shared-schema/context';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { positiveCount, text } from '@jiguan/shared-schema/validation/input-rules';
import { z } from 'zod';
import type { Prisma } from '../../prisma/generated/client.ts';
import { createMeetingRoom } from '../actions/create-meeting-room.ts';
import { builder } from '../builder.ts';
import { buildingField } from './places.ts';
import { servicesAccess } from '../domain/access.ts';
import { clock, openHoursRuleProblem } from '../domain/booking.ts';

export const MeetingRoomRef = builder.prismaObject('MeetingRoom', {
  description: '会议室: a room the services centre books out, its seats, equipment, open hours and whether bookings need approval',
  fields: (t) => ({
    id: t.exposeID('id'),
    buildingId: t.exposeID('buildingId', { description: 'The assets Building’s id (also for viewers to whom assets does not show it)' }),
    building: t.field({ ...buildingField('The assets Building it is in'), resolve: (row) => ({ id: row.buildingId }) }),
    floor: t.exposeInt('floor'),
    name: t.exposeString('name'),
    capacity: t.exposeInt('capacity', { description: 'Seats' }),
    equipment: t.exposeStringList('equipment'),
    needsApproval: t.exposeBoolean('needsApproval', { description: 'Bookings wait for the services centre’s approval' }),
    opensAtMinute: t.exposeInt('opensAtMinute', { description: 'Open from, minutes after local midnight (Asia/Shanghai)' }),
    closesAtMinute: t.exposeInt('closesAtMinute', { description: 'Open until, minutes after local midnight' }),
    openHours: t.string({ description: '开放时间, e.g. 08:00–18:00', resolve: (room) => `${clock(room.opensAtMinute)}–${clock(room.closesAtMinute)}` }),
  }),
});

const MeetingRoomFilter = builder.inputType('MeetingRoomFilter', {
  fields: (t) => ({
    buildingId: t.id(),
    minCapacity: t.int({ description: 'At least this many seats' }),
  }),
});

export function meetingRoomWhere(filter: typeof MeetingRoomFilter.$inferInput | null | undefined): Prisma.MeetingRoomWhereInput {
  return {
    ...(filter?.buildingId ? { buildingId: filter.buildingId } : {}),
    ...(filter?.minCapacity != null ? { capacity: { gte: filter.minCapacity } } : {}),
  };
}

builder.queryFields((t) => ({
  meetingRooms: t.prismaConnection({
    type: 'MeetingRoom',
    cursor: 'id',
    authScopes: servicesAccess.read,
    description: 'The meeting rooms, by building, floor and name',
    args: { filter: t.arg({ type: MeetingRoomFilter }) },
    resolve: (query, _root, { filter }, context) =>
      context.db.meetingRoom.findMany({ ...query, where: meetingRoomWhere(filter), orderBy: [{ buildingId: 'asc' }, { floor: 'asc' }, { name: 'asc' }, { id: 'asc' }] }),
    totalCount: (_connection, { filter }, context) => context.db.meetingRoom.count({ where: meetingRoomWhere(filter) }),
  }),
  meetingRoom: t.prismaField({
    type: 'MeetingRoom',
    nullable: true,
    authScopes: servicesAccess.read,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => context.db.meetingRoom.findUnique({ ...query, where: { id } }),
  }),
}));

export const CreateMeetingRoomInput = builder.inputType('CreateMeetingRoomInput', {
  validate: domainRule(openHoursRuleProblem),
  fields: (t) => ({
    buildingId: t.id({ required: true, validate: text(100), description: 'The assets Building' }),
    floor: t.int({ required: true, validate: z.number().int().min(-5).max(100) }),
    name: t.string({ required: true, validate: text(100) }),
    capacity: t.int({ required: true, validate: positiveCount }),
    equipment: t.stringList({ validate: z.array(text(50)).max(20) }),
    needsApproval: t.boolean(),
    opensAtMinute: t.int({ required: true, description: 'Minutes after local midnight: 480 is 08:00' }),
    closesAtMinute: t.int({ required: true }),
  }),
});

builder.mutationFields((t) => ({
  createMeetingRoom: t.prismaField({
    type: 'MeetingRoom',
    authScopes: servicesAccess.write,
    args: { input: t.arg({ type: CreateMeetingRoomInput, required: true }) },
    resolve: (query, _root, { input }, context) => createMeetingRoom(actingAs(context), input, query),
  }),
}));
