import { actingAs } from '@jiguan/shared-schema/context';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { positiveAmount, text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { registerVehicle } from '../actions/register-vehicle.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { timeSharePoolProblem } from '../domain/vehicle.ts';
import { EnergyTypeEnum, VehicleKindEnum, VehicleStatusEnum } from './enums.ts';
import { OrganizationRef } from './organization.ts';

export const VehicleRef = builder.prismaObject('Vehicle', {
  description:
    'An official vehicle (公务用车). Its plate, kind and model are open to every logged-in user who may see the vehicle (the services domain’s driving record refers to vehicles); the rest is for readers of the assets domain.',
  authScopes: assetsAccess.read,
  fields: (t) => ({
    id: t.exposeID('id', { skipTypeScopes: true }),
    plateNumber: t.exposeString('plateNumber', { skipTypeScopes: true }),
    organization: t.relation('organization'),
    kind: t.expose('kind', { type: VehicleKindEnum, skipTypeScopes: true }),
    energyType: t.expose('energyType', { type: EnergyTypeEnum }),
    model: t.exposeString('model', { skipTypeScopes: true }),
    purchasedOn: t.expose('purchasedOn', { type: 'Date' }),
    purchasePrice: t.field({ type: 'Decimal', description: 'yuan', resolve: decimalColumn('purchasePrice') }),
    status: t.expose('status', { type: VehicleStatusEnum }),
    timeShare: t.exposeBoolean('timeShare', { description: 'In the time-share rental pool (分时租赁) for enforcement duty' }),
  }),
});

builder.prismaObjectFields(OrganizationRef, (t) => ({
  vehicles: t.relatedConnection('vehicles', {
    nullable: true,
    cursor: 'id',
    totalCount: true,
    authScopes: assetsAccess.readUnit,
    query: { orderBy: [{ plateNumber: 'asc' }] },
  }),
}));

builder.asEntity(VehicleRef, {
  key: builder.selection<{ id: string }>('id'),
  // findUnique calls of one tick are batched by Prisma into one query; one outside the viewer's scope resolves to null.
  resolveReference: ({ id }, context) => context.db.vehicle.findUnique({ where: { id } }),
});

const vehicleOrder = orderEnum(builder, 'VehicleOrder', {
  PLATE_NUMBER: [{ plateNumber: 'asc' }],
  PURCHASED_ON_DESC: [{ purchasedOn: 'desc' }, { plateNumber: 'asc' }],
} satisfies Record<string, Prisma.VehicleOrderByWithRelationInput[]>);

const VehicleFilter = builder.inputType('VehicleFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Part of the plate number or model' }),
    organizationId: t.id(),
    kind: t.field({ type: VehicleKindEnum }),
    energyType: t.field({ type: EnergyTypeEnum }),
    status: t.field({ type: VehicleStatusEnum }),
    timeShare: t.boolean(),
  }),
});

function vehicleWhere(filter: typeof VehicleFilter.$inferInput | null | undefined): Prisma.VehicleWhereInput {
  const search = filter?.search?.trim();
  return {
    ...(search ? { OR: [{ plateNumber: { contains: search, mode: 'insensitive' } }, { model: { contains: search, mode: 'insensitive' } }] } : {}),
    ...(filter?.organizationId ? { organizationId: filter.organizationId } : {}),
    ...(filter?.kind ? { kind: filter.kind } : {}),
    ...(filter?.energyType ? { energyType: filter.energyType } : {}),
    ...(filter?.status ? { status: filter.status } : {}),
    ...(filter?.timeShare != null ? { timeShare: filter.timeShare } : {}),
  };
}

builder.queryFields((t) => ({
  vehicle: t.prismaField({
    type: 'Vehicle',
    nullable: true,
    authScopes: assetsAccess.read,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => context.db.vehicle.findUnique({ ...query, where: { id } }),
  }),
  vehicles: t.prismaConnection({
    type: 'Vehicle',
    cursor: 'id',
    authScopes: assetsAccess.read,
    args: { filter: t.arg({ type: VehicleFilter }), orderBy: t.arg({ type: vehicleOrder.ref, defaultValue: vehicleOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.vehicle.findMany({ ...query, where: vehicleWhere(filter), orderBy: vehicleOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.vehicle.count({ where: vehicleWhere(filter) }),
  }),
}));

export const RegisterVehicleInput = builder.inputType('RegisterVehicleInput', {
  validate: domainRule(timeSharePoolProblem),
  fields: (t) => ({
    plateNumber: t.string({ required: true, validate: text(12).transform((plate) => plate.toUpperCase()), description: 'Upper-cased as registered' }),
    organizationId: t.id({ required: true }),
    kind: t.field({ type: VehicleKindEnum, required: true }),
    energyType: t.field({ type: EnergyTypeEnum, required: true }),
    model: t.string({ required: true, validate: text(100) }),
    purchasedOn: t.field({ type: 'Date', required: true }),
    purchasePrice: t.field({ type: 'Decimal', required: true, validate: positiveAmount, description: 'yuan' }),
    timeShare: t.boolean({ description: 'Put it in the time-share rental pool (default false)' }),
  }),
});

builder.mutationFields((t) => ({
  registerVehicle: t.prismaField({
    type: 'Vehicle',
    authScopes: assetsAccess.write,
    args: { input: t.arg({ type: RegisterVehicleInput, required: true }) },
    resolve: (query, _root, { input }, context) => registerVehicle(actingAs(context), input, query),
  }),
}));
