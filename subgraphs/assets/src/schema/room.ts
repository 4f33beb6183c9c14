import { actingAs } from '@jiguan/shared-schema/context';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { positiveAmount, text } from '@jiguan/shared-schema/validation/input-rules';
import { addFloor } from '../actions/add-floor.ts';
import { addRoom } from '../actions/add-room.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { BuildingRef } from './building.ts';
import { RoomUseEnum } from './enums.ts';

builder.prismaObject('Floor', {
  fields: (t) => ({
    id: t.exposeID('id'),
    building: t.relation('building'),
    label: t.exposeString('label', { description: 'As signed, e.g. B1, 1F' }),
    level: t.exposeInt('level', { description: 'Sort key: -1 for B1, 1 for 1F …' }),
    area: t.field({ type: 'Decimal', description: 'm²', resolve: decimalColumn('area') }),
    rooms: t.relatedConnection('rooms', { cursor: 'id', totalCount: true, query: { orderBy: [{ number: 'asc' }] } }),
  }),
});

builder.prismaObject('Room', {
  fields: (t) => ({
    id: t.exposeID('id'),
    floor: t.relation('floor'),
    number: t.exposeString('number'),
    area: t.field({ type: 'Decimal', description: 'm² (使用面积)', resolve: decimalColumn('area') }),
    use: t.expose('use', { type: RoomUseEnum }),
  }),
});

builder.prismaObjectFields(BuildingRef, (t) => ({
  floors: t.relatedConnection('floors', { cursor: 'id', totalCount: true, query: { orderBy: [{ level: 'asc' }] } }),
}));

export const AddFloorInput = builder.inputType('AddFloorInput', {
  fields: (t) => ({
    buildingId: t.id({ required: true }),
    label: t.string({ required: true, validate: text(10) }),
    level: t.int({ required: true }),
    area: t.field({ type: 'Decimal', required: true, validate: positiveAmount, description: 'm²' }),
  }),
});

export const AddRoomInput = builder.inputType('AddRoomInput', {
  fields: (t) => ({
    floorId: t.id({ required: true }),
    number: t.string({ required: true, validate: text(20) }),
    area: t.field({ type: 'Decimal', required: true, validate: positiveAmount, description: 'm²' }),
    use: t.field({ type: RoomUseEnum, required: true }),
  }),
});

builder.mutationFields((t) => ({
  addFloor: t.prismaField({
    type: 'Floor',
    authScopes: assetsAccess.write,
    args: { input: t.arg({ type: AddFloorInput, required: true }) },
    resolve: (query, _root, { input }, context) => addFloor(actingAs(context), input, query),
  }),
  addRoom: t.prismaField({
    type: 'Room',
    authScopes: assetsAccess.write,
    args: { input: t.arg({ type: AddRoomInput, required: true }) },
    resolve: (query, _root, { input }, context) => addRoom(actingAs(context), input, query),
  }),
}));
