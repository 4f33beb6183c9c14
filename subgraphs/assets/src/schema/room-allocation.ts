import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { allocateRoom } from '../actions/allocate-room.ts';
import { endRoomAllocation } from '../actions/end-room-allocation.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { roomAllocationMachine } from '../domain/room-allocation.ts';
import { OrganizationRef } from './organization.ts';

const RoomAllocationActionEnum = actionEnum(builder, 'RoomAllocationAction', roomAllocationMachine);

builder.prismaObject('RoomAllocation', {
  description: 'A room given to a unit, with its usage certificate (使用凭证)',
  fields: (t) => ({
    id: t.exposeID('id'),
    room: t.relation('room'),
    organization: t.relation('organization'),
    certificateNumber: t.exposeString('certificateNumber', { description: '使用凭证编号' }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endedOn: t.expose('endedOn', { type: 'Date', nullable: true, description: 'Null while the unit still has the room' }),
    allowedActions: t.field({
      type: [RoomAllocationActionEnum],
      description: ALLOWED_ACTIONS_DESCRIPTION,
      resolve: (allocation, _args, context) => allowedActions(roomAllocationMachine, context.viewer, allocation),
    }),
  }),
});

builder.prismaObjectFields('Room', (t) => ({
  allocations: t.relatedConnection('allocations', {
    cursor: 'id',
    totalCount: true,
    description: 'Who has had the room (as far as the viewer may see), latest first; the current holder has no endedOn',
    query: { orderBy: [{ startsOn: 'desc' }, { id: 'asc' }] },
  }),
}));

builder.prismaObjectFields(OrganizationRef, (t) => ({
  roomAllocations: t.relatedConnection('roomAllocations', {
    nullable: true,
    cursor: 'id',
    totalCount: true,
    authScopes: assetsAccess.readUnit,
    description: 'The rooms the unit holds now',
    query: { where: { endedOn: null }, orderBy: [{ certificateNumber: 'asc' }] },
  }),
}));

const allocationOrder = orderEnum(builder, 'RoomAllocationOrder', {
  CERTIFICATE_NUMBER: [{ certificateNumber: 'asc' }],
  STARTS_ON_DESC: [{ startsOn: 'desc' }, { certificateNumber: 'asc' }],
} satisfies Record<string, Prisma.RoomAllocationOrderByWithRelationInput[]>);

const RoomAllocationFilter = builder.inputType('RoomAllocationFilter', {
  fields: (t) => ({
    organizationId: t.id(),
    buildingId: t.id(),
    current: t.boolean({ description: 'true: only those the unit still holds; false: only ended ones' }),
  }),
});

function allocationWhere(filter: typeof RoomAllocationFilter.$inferInput | null | undefined): Prisma.RoomAllocationWhereInput {
  return {
    ...(filter?.organizationId ? { organizationId: filter.organizationId } : {}),
    ...(filter?.buildingId ? { room: { floor: { buildingId: filter.buildingId } } } : {}),
    ...(filter?.current === true ? { endedOn: null } : filter?.current === false ? { endedOn: { not: null } } : {}),
  };
}

builder.queryFields((t) => ({
  roomAllocations: t.prismaConnection({
    type: 'RoomAllocation',
    cursor: 'id',
    authScopes: assetsAccess.read,
    description: 'Rooms given to units; a unit user sees their own unit’s',
    args: {
      filter: t.arg({ type: RoomAllocationFilter }),
      orderBy: t.arg({ type: allocationOrder.ref, defaultValue: allocationOrder.defaultValue }),
    },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.roomAllocation.findMany({ ...query, where: allocationWhere(filter), orderBy: allocationOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.roomAllocation.count({ where: allocationWhere(filter) }),
  }),
}));

export const AllocateRoomInput = builder.inputType('AllocateRoomInput', {
  fields: (t) => ({
    roomId: t.id({ required: true }),
    organizationId: t.id({ required: true }),
    certificateNumber: t.string({ required: true, validate: text(40), description: '使用凭证编号' }),
    startsOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationFields((t) => ({
  allocateRoom: t.prismaField({
    type: 'RoomAllocation',
    authScopes: assetsAccess.write,
    description: 'Gives a free room to a unit and issues its usage certificate (使用凭证)',
    args: { input: t.arg({ type: AllocateRoomInput, required: true }) },
    resolve: (query, _root, { input }, context) => allocateRoom(actingAs(context), input, query),
  }),
  endRoomAllocation: t.prismaField({
    type: 'RoomAllocation',
    authScopes: { anyRole: roomAllocationMachine.rolesFor('end') },
    description: 'The unit gives the room back; the certificate ends that day',
    args: { id: t.arg.id({ required: true }), endedOn: t.arg({ type: 'Date', required: true }) },
    resolve: (query, _root, args, context) => endRoomAllocation(actingAs(context), args, query),
  }),
}));
