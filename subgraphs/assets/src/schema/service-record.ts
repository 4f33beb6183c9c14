import { actingAs } from '@jiguan/shared-schema/context';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { amount, text } from '@jiguan/shared-schema/validation/input-rules';
import { recordService } from '../actions/record-service.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { ServiceKindEnum } from './enums.ts';
import { VehicleRef } from './vehicle.ts';

builder.prismaObject('ServiceRecord', {
  description: '维保记录: maintenance, repair or annual inspection of a vehicle',
  fields: (t) => ({
    id: t.exposeID('id'),
    vehicle: t.relation('vehicle'),
    servicedOn: t.expose('servicedOn', { type: 'Date' }),
    kind: t.expose('kind', { type: ServiceKindEnum }),
    cost: t.field({ type: 'Decimal', description: 'yuan', resolve: decimalColumn('cost') }),
    workshop: t.exposeString('workshop'),
    description: t.exposeString('description'),
  }),
});

builder.prismaObjectFields(VehicleRef, (t) => ({
  serviceRecords: t.relatedConnection('serviceRecords', {
    cursor: 'id',
    totalCount: true,
    query: { orderBy: [{ servicedOn: 'desc' }, { id: 'asc' }] },
  }),
}));

export const RecordServiceInput = builder.inputType('RecordServiceInput', {
  fields: (t) => ({
    vehicleId: t.id({ required: true }),
    servicedOn: t.field({ type: 'Date', required: true }),
    kind: t.field({ type: ServiceKindEnum, required: true }),
    cost: t.field({ type: 'Decimal', required: true, validate: amount, description: 'yuan' }),
    workshop: t.string({ required: true, validate: text(100) }),
    description: t.string({ required: true, validate: text(500) }),
  }),
});

builder.mutationFields((t) => ({
  recordService: t.prismaField({
    type: 'ServiceRecord',
    authScopes: assetsAccess.write,
    args: { input: t.arg({ type: RecordServiceInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordService(actingAs(context), input, query),
  }),
}));
