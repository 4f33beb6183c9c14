import { actingAs } from '@jiguan/shared-schema/context';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { distance, text } from '@jiguan/shared-schema/validation/input-rules';
import { recordTrip } from '../actions/record-trip.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { VehicleRef } from './vehicle.ts';

builder.prismaObject('Trip', {
  description: '出车记录: one day’s trip of a vehicle',
  fields: (t) => ({
    id: t.exposeID('id'),
    vehicle: t.relation('vehicle'),
    tripDate: t.expose('tripDate', { type: 'Date' }),
    distanceKm: t.field({ type: 'Decimal', description: 'km', resolve: decimalColumn('distanceKm', 1) }),
    purpose: t.exposeString('purpose'),
    driver: t.exposeString('driver'),
  }),
});

builder.prismaObjectFields(VehicleRef, (t) => ({
  trips: t.relatedConnection('trips', { cursor: 'id', totalCount: true, query: { orderBy: [{ tripDate: 'desc' }, { id: 'asc' }] } }),
}));

export const RecordTripInput = builder.inputType('RecordTripInput', {
  fields: (t) => ({
    vehicleId: t.id({ required: true }),
    tripDate: t.field({ type: 'Date', required: true }),
    distanceKm: t.field({ type: 'Decimal', required: true, validate: distance, description: 'km, one decimal' }),
    purpose: t.string({ required: true, validate: text(200) }),
    driver: t.string({ required: true, validate: text(50) }),
  }),
});

builder.mutationFields((t) => ({
  recordTrip: t.prismaField({
    type: 'Trip',
    authScopes: assetsAccess.write,
    args: { input: t.arg({ type: RecordTripInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordTrip(actingAs(context), input, query),
  }),
}));
