import { requireViewer } from '@jiguan/shared-schema/context';
import { recordService } from '../actions/record-service.ts';
import { builder } from '../builder.ts';
import { prisma } from '../db.ts';
import { writers } from './auth-scopes.ts';
import { ServiceKindEnum } from './enums.ts';
import { amount, text } from './input-rules.ts';
import { VehicleRef } from './vehicle.ts';

builder.prismaObject('ServiceRecord', {
  description: '维保记录: maintenance, repair or annual inspection of a vehicle',
  fields: (t) => ({
    id: t.exposeID('id'),
    vehicle: t.relation('vehicle'),
    servicedOn: t.expose('servicedOn', { type: 'Date' }),
    kind: t.expose('kind', { type: ServiceKindEnum }),
    cost: t.field({ type: 'Decimal', description: 'yuan', resolve: (record) => record.cost.toFixed(2) }),
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

const RecordServiceInput = builder.inputType('RecordServiceInput', {
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
    authScopes: writers,
    args: { input: t.arg({ type: RecordServiceInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const record = await recordService(requireViewer(context), input);
      return prisma.serviceRecord.findUniqueOrThrow({ ...query, where: { id: record.id } });
    },
  }),
}));
