import { actingAs } from '@jiguan/shared-schema/context';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { positiveAmount, text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { recordFuelTopUp } from '../actions/record-fuel-top-up.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { VehicleRef } from './vehicle.ts';

builder.prismaObject('FuelTopUp', {
  description: '油卡充值: money put on a vehicle’s fuel card',
  fields: (t) => ({
    id: t.exposeID('id'),
    vehicle: t.relation('vehicle'),
    cardNumber: t.exposeString('cardNumber'),
    toppedUpOn: t.expose('toppedUpOn', { type: 'Date' }),
    amount: t.field({ type: 'Decimal', description: 'yuan', resolve: decimalColumn('amount') }),
  }),
});

builder.prismaObjectFields(VehicleRef, (t) => ({
  fuelTopUps: t.relatedConnection('fuelTopUps', { cursor: 'id', totalCount: true, query: { orderBy: [{ toppedUpOn: 'desc' }, { id: 'asc' }] } }),
}));

const topUpOrder = orderEnum(builder, 'FuelTopUpOrder', {
  TOPPED_UP_ON_DESC: [{ toppedUpOn: 'desc' }, { id: 'asc' }],
  AMOUNT_DESC: [{ amount: 'desc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.FuelTopUpOrderByWithRelationInput[]>);

const FuelTopUpFilter = builder.inputType('FuelTopUpFilter', {
  fields: (t) => ({
    vehicleId: t.id(),
    organizationId: t.id(),
    toppedUpFrom: t.field({ type: 'Date', description: 'On or after' }),
    toppedUpTo: t.field({ type: 'Date', description: 'On or before' }),
  }),
});

function topUpWhere(filter: typeof FuelTopUpFilter.$inferInput | null | undefined): Prisma.FuelTopUpWhereInput {
  return {
    ...(filter?.vehicleId ? { vehicleId: filter.vehicleId } : {}),
    ...(filter?.organizationId ? { vehicle: { organizationId: filter.organizationId } } : {}),
    ...(filter?.toppedUpFrom || filter?.toppedUpTo
      ? { toppedUpOn: { ...(filter.toppedUpFrom ? { gte: filter.toppedUpFrom } : {}), ...(filter.toppedUpTo ? { lte: filter.toppedUpTo } : {}) } }
      : {}),
  };
}

builder.queryFields((t) => ({
  fuelTopUps: t.prismaConnection({
    type: 'FuelTopUp',
    cursor: 'id',
    authScopes: assetsAccess.read,
    args: { filter: t.arg({ type: FuelTopUpFilter }), orderBy: t.arg({ type: topUpOrder.ref, defaultValue: topUpOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.fuelTopUp.findMany({ ...query, where: topUpWhere(filter), orderBy: topUpOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.fuelTopUp.count({ where: topUpWhere(filter) }),
  }),
}));

export const RecordFuelTopUpInput = builder.inputType('RecordFuelTopUpInput', {
  fields: (t) => ({
    vehicleId: t.id({ required: true }),
    cardNumber: t.string({ required: true, validate: text(30) }),
    toppedUpOn: t.field({ type: 'Date', required: true }),
    amount: t.field({ type: 'Decimal', required: true, validate: positiveAmount, description: 'yuan' }),
  }),
});

builder.mutationFields((t) => ({
  recordFuelTopUp: t.prismaField({
    type: 'FuelTopUp',
    authScopes: assetsAccess.write,
    args: { input: t.arg({ type: RecordFuelTopUpInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordFuelTopUp(actingAs(context), input, query),
  }),
}));
