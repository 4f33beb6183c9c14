import { actingAs } from '@jiguan/shared-schema/context';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { amount, positiveAmount, text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { createBuilding } from '../actions/create-building.ts';
import { updateBuilding } from '../actions/update-building.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { BuildingUseEnum, CertificateStatusEnum, TitleRegistrationEnum } from './enums.ts';
import { OrganizationRef } from './organization.ts';

export const BuildingRef = builder.prismaObject('Building', {
  description:
    'A property (房屋资产) under the bureau’s centralised management. Code, name and address are open to every logged-in user who may see the property (other domains refer to buildings); the rest is for readers of the assets domain.',
  authScopes: assetsAccess.read,
  fields: (t) => ({
    id: t.exposeID('id', { skipTypeScopes: true }),
    code: t.exposeString('code', { skipTypeScopes: true, description: 'Register number, e.g. SJ-FW-0001' }),
    name: t.exposeString('name', { skipTypeScopes: true }),
    address: t.exposeString('address', { skipTypeScopes: true }),
    owningUnit: t.relation('owningUnit', { description: '产权单位' }),
    usingUnit: t.relation('usingUnit', { nullable: true, description: '使用单位; none while idle' }),
    landArea: t.field({ type: 'Decimal', description: 'm²', resolve: decimalColumn('landArea') }),
    floorArea: t.field({ type: 'Decimal', description: 'm² (建筑面积)', resolve: decimalColumn('floorArea') }),
    certificateStatus: t.expose('certificateStatus', { type: CertificateStatusEnum }),
    titleRegistration: t.expose('titleRegistration', { type: TitleRegistrationEnum }),
    bookValue: t.field({ type: 'Decimal', description: '账面价值, yuan', resolve: decimalColumn('bookValue') }),
    currentUse: t.expose('currentUse', { type: BuildingUseEnum }),
    managedSince: t.expose('managedSince', { type: 'Date', description: 'Taken into centralised management on' }),
    disposedOn: t.expose('disposedOn', { type: 'Date', nullable: true, description: 'Taken off the register by an executed disposal' }),
  }),
});

builder.asEntity(BuildingRef, {
  key: builder.selection<{ id: string }>('id'),
  // findUnique calls of one tick are batched by Prisma into one query; one outside the viewer's scope resolves to null.
  resolveReference: ({ id }, context) => context.db.building.findUnique({ where: { id } }),
});

const buildingOrder = orderEnum(builder, 'BuildingOrder', {
  CODE: [{ code: 'asc' }],
  NAME: [{ name: 'asc' }, { code: 'asc' }],
  FLOOR_AREA_DESC: [{ floorArea: 'desc' }, { code: 'asc' }],
  BOOK_VALUE_DESC: [{ bookValue: 'desc' }, { code: 'asc' }],
  MANAGED_SINCE_DESC: [{ managedSince: 'desc' }, { code: 'asc' }],
} satisfies Record<string, Prisma.BuildingOrderByWithRelationInput[]>);

const BuildingFilter = builder.inputType('BuildingFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Part of the name, code or address' }),
    owningUnitId: t.id(),
    usingUnitId: t.id(),
    certificateStatus: t.field({ type: CertificateStatusEnum }),
    titleRegistration: t.field({ type: TitleRegistrationEnum }),
    currentUse: t.field({ type: BuildingUseEnum }),
    includeDisposed: t.boolean({ description: 'Also those taken off the register (default false)' }),
  }),
});

function buildingWhere(filter: typeof BuildingFilter.$inferInput | null | undefined): Prisma.BuildingWhereInput {
  const search = filter?.search?.trim();
  return {
    ...(search
      ? { OR: [{ name: { contains: search } }, { code: { contains: search, mode: 'insensitive' } }, { address: { contains: search } }] }
      : {}),
    ...(filter?.owningUnitId ? { owningUnitId: filter.owningUnitId } : {}),
    ...(filter?.usingUnitId ? { usingUnitId: filter.usingUnitId } : {}),
    ...(filter?.certificateStatus ? { certificateStatus: filter.certificateStatus } : {}),
    ...(filter?.titleRegistration ? { titleRegistration: filter.titleRegistration } : {}),
    ...(filter?.currentUse ? { currentUse: filter.currentUse } : {}),
    ...(filter?.includeDisposed ? {} : { disposedOn: null }),
  };
}

builder.queryFields((t) => ({
  building: t.prismaField({
    type: 'Building',
    nullable: true,
    authScopes: assetsAccess.read,
    description: 'A property, if the viewer may see it',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => context.db.building.findUnique({ ...query, where: { id } }),
  }),
  buildings: t.prismaConnection({
    type: 'Building',
    cursor: 'id',
    authScopes: assetsAccess.read,
    description: 'Properties on the register; a unit user sees those their unit owns or uses',
    args: { filter: t.arg({ type: BuildingFilter }), orderBy: t.arg({ type: buildingOrder.ref, defaultValue: buildingOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.building.findMany({ ...query, where: buildingWhere(filter), orderBy: buildingOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.building.count({ where: buildingWhere(filter) }),
  }),
}));

builder.prismaObjectFields(OrganizationRef, (t) => ({
  buildings: t.relatedConnection('usedBuildings', {
    nullable: true,
    cursor: 'id',
    totalCount: true,
    authScopes: assetsAccess.readUnit,
    description: 'Properties the unit uses (使用单位)',
    query: { where: { disposedOn: null }, orderBy: [{ code: 'asc' }] },
  }),
  ownedBuildings: t.relatedConnection('ownedBuildings', {
    nullable: true,
    cursor: 'id',
    totalCount: true,
    authScopes: assetsAccess.readUnit,
    description: 'Properties the unit holds title to (产权单位)',
    query: { where: { disposedOn: null }, orderBy: [{ code: 'asc' }] },
  }),
}));

const buildingFields = {
  name: text(),
  address: text(),
  landArea: amount,
  floorArea: positiveAmount,
  bookValue: amount,
};

export const CreateBuildingInput = builder.inputType('CreateBuildingInput', {
  fields: (t) => ({
    code: t.string({ required: true, validate: text(40) }),
    name: t.string({ required: true, validate: buildingFields.name }),
    address: t.string({ required: true, validate: buildingFields.address }),
    owningUnitId: t.id({ required: true }),
    usingUnitId: t.id({ description: 'Leave out for an idle property' }),
    landArea: t.field({ type: 'Decimal', required: true, validate: buildingFields.landArea, description: 'm²' }),
    floorArea: t.field({ type: 'Decimal', required: true, validate: buildingFields.floorArea, description: 'm²' }),
    certificateStatus: t.field({ type: CertificateStatusEnum, required: true }),
    titleRegistration: t.field({ type: TitleRegistrationEnum, required: true }),
    bookValue: t.field({ type: 'Decimal', required: true, validate: buildingFields.bookValue, description: 'yuan' }),
    currentUse: t.field({ type: BuildingUseEnum, required: true }),
    managedSince: t.field({ type: 'Date', required: true }),
  }),
});

export const UpdateBuildingInput = builder.inputType('UpdateBuildingInput', {
  description: 'Fields left out stay as they are; `usingUnitId: null` clears the using unit',
  fields: (t) => ({
    name: t.string({ validate: buildingFields.name.nullish() }),
    address: t.string({ validate: buildingFields.address.nullish() }),
    usingUnitId: t.id(),
    landArea: t.field({ type: 'Decimal', validate: buildingFields.landArea.nullish() }),
    floorArea: t.field({ type: 'Decimal', validate: buildingFields.floorArea.nullish() }),
    certificateStatus: t.field({ type: CertificateStatusEnum }),
    titleRegistration: t.field({ type: TitleRegistrationEnum }),
    bookValue: t.field({ type: 'Decimal', validate: buildingFields.bookValue.nullish() }),
    currentUse: t.field({ type: BuildingUseEnum }),
  }),
});

builder.mutationFields((t) => ({
  createBuilding: t.prismaField({
    type: 'Building',
    authScopes: assetsAccess.write,
    description: 'Takes a property into the register',
    args: { input: t.arg({ type: CreateBuildingInput, required: true }) },
    resolve: (query, _root, { input }, context) => createBuilding(actingAs(context), input, query),
  }),
  updateBuilding: t.prismaField({
    type: 'Building',
    authScopes: assetsAccess.write,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateBuildingInput, required: true }) },
    resolve: (query, _root, { id, input }, context) => updateBuilding(actingAs(context), id, input, query),
  }),
}));
