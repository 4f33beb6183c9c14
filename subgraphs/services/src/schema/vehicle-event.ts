import { actingAs } from '@jiguan/shared-schema/context';
import { text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { VehicleEventKind } from '../../prisma/generated/enums.ts';
import { recordVehicleEvent } from '../actions/record-vehicle-event.ts';
import { builder } from '../builder.ts';
import { VehicleRef } from './places.ts';
import { servicesAccess } from '../domain/access.ts';

const VehicleEventKindEnum = builder.enumType(VehicleEventKind, { name: 'VehicleEventKind', description: '投诉 / 违章 / 事故 / 车场日 / 驾驶员培训' });

builder.prismaObject('VehicleRecordEvent', {
  description: 'An event of an official vehicle’s driving record, or a fleet activity (车场日, driver training)',
  fields: (t) => ({
    id: t.exposeID('id'),
    // An id, not a reference: assets does not (yet) make its Vehicle a federation entity.
    vehicleId: t.exposeID('vehicleId', { nullable: true, description: 'The assets Vehicle’s id (vehicle-007 …); none for a fleet activity' }),
    vehicle: t.field({ type: VehicleRef, nullable: true, description: 'The assets Vehicle; none for a fleet activity, null where assets does not show it to the viewer', resolve: (row) => (row.vehicleId ? { id: row.vehicleId } : null) }),
    kind: t.expose('kind', { type: VehicleEventKindEnum }),
    occurredOn: t.expose('occurredOn', { type: 'Date' }),
    description: t.exposeString('description'),
  }),
});

const VehicleEventFilter = builder.inputType('VehicleRecordEventFilter', {
  fields: (t) => ({ kind: t.field({ type: VehicleEventKindEnum }), vehicleId: t.id(), from: t.field({ type: 'Date' }), to: t.field({ type: 'Date' }) }),
});

const eventWhere = (filter: typeof VehicleEventFilter.$inferInput | null | undefined): Prisma.VehicleRecordEventWhereInput => ({
  ...(filter?.kind ? { kind: filter.kind } : {}),
  ...(filter?.vehicleId ? { vehicleId: filter.vehicleId } : {}),
  ...(filter?.from || filter?.to ? { occurredOn: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } } : {}),
});

builder.queryFields((t) => ({
  vehicleRecordEvents: t.prismaConnection({
    type: 'VehicleRecordEvent',
    cursor: 'id',
    authScopes: servicesAccess.read,
    args: { filter: t.arg({ type: VehicleEventFilter }) },
    resolve: (query, _root, { filter }, context) => context.db.vehicleRecordEvent.findMany({ ...query, where: eventWhere(filter), orderBy: [{ occurredOn: 'desc' }, { id: 'asc' }] }),
    totalCount: (_c, { filter }, context) => context.db.vehicleRecordEvent.count({ where: eventWhere(filter) }),
  }),
}));

export const RecordVehicleEventInput = builder.inputType('RecordVehicleEventInput', {
  fields: (t) => ({
    vehicleId: t.id({ description: 'The assets Vehicle; none for a fleet activity' }),
    kind: t.field({ type: VehicleEventKindEnum, required: true }),
    occurredOn: t.field({ type: 'Date', required: true }),
    description: t.string({ required: true, validate: text(500) }),
  }),
});

builder.mutationFields((t) => ({
  recordVehicleEvent: t.prismaField({
    type: 'VehicleRecordEvent',
    authScopes: servicesAccess.write,
    args: { input: t.arg({ type: RecordVehicleEventInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordVehicleEvent(actingAs(context), input, query),
  }),
}));
