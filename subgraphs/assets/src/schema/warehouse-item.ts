import { actingAs } from '@jiguan/shared-schema/context';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { amount, positiveAmount, positiveCount, text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { listWarehouseItem } from '../actions/list-warehouse-item.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { ItemCategoryEnum, ItemConditionEnum, ItemOriginEnum, ItemStateEnum, WarehouseKindEnum } from './enums.ts';
import { OrganizationRef } from './organization.ts';

builder.prismaObject('WarehouseItem', {
  description: 'A lot of like pieces (件) in a public warehouse, valued per piece; every reader may browse the warehouse',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    warehouse: t.relation('warehouse'),
    category: t.expose('category', { type: ItemCategoryEnum }),
    name: t.exposeString('name'),
    quantity: t.exposeInt('quantity', { description: 'Pieces taken in' }),
    availableQuantity: t.exposeInt('availableQuantity', { description: 'Pieces free to request' }),
    reservedQuantity: t.exposeInt('reservedQuantity', { description: 'Pieces held by pending requests' }),
    originalValue: t.field({ type: 'Decimal', description: '原值 per piece, yuan: what the warehouse counts it at', resolve: decimalColumn('originalValue') }),
    assessedValue: t.field({ type: 'Decimal', description: '评估值 per piece, yuan: what it would fetch today', resolve: decimalColumn('assessedValue') }),
    newPrice: t.field({ type: 'Decimal', description: 'Price of one new, yuan: what a reallocation saves', resolve: decimalColumn('newPrice') }),
    fromUnit: t.relation('fromUnit', { nullable: true, description: 'The unit that handed it in' }),
    origin: t.expose('origin', { type: ItemOriginEnum }),
    condition: t.expose('condition', { type: ItemConditionEnum }),
    state: t.expose('state', { type: ItemStateEnum }),
    listedOn: t.expose('listedOn', { type: 'Date' }),
    requests: t.relatedConnection('requests', {
      cursor: 'id',
      totalCount: true,
      description: 'Requests for it the viewer may see (a unit user: their own unit’s)',
      query: { orderBy: [{ requestedAt: 'desc' }, { id: 'asc' }] },
    }),
    issues: t.relatedConnection('issues', {
      cursor: 'id',
      totalCount: true,
      description: 'Pieces that left the warehouse, as far as the viewer may see',
      query: { orderBy: [{ issuedOn: 'desc' }, { id: 'asc' }] },
    }),
  }),
});

builder.prismaObjectFields(OrganizationRef, (t) => ({
  warehouseItems: t.relatedConnection('warehouseItems', {
    nullable: true,
    cursor: 'id',
    totalCount: true,
    authScopes: assetsAccess.readUnit,
    description: 'Items the unit handed in to the warehouses',
    query: { orderBy: [{ listedOn: 'desc' }, { code: 'asc' }] },
  }),
}));

const itemOrder = orderEnum(builder, 'WarehouseItemOrder', {
  LISTED_ON_DESC: [{ listedOn: 'desc' }, { code: 'asc' }],
  CODE: [{ code: 'asc' }],
  NAME: [{ name: 'asc' }, { code: 'asc' }],
  AVAILABLE_DESC: [{ availableQuantity: 'desc' }, { code: 'asc' }],
} satisfies Record<string, Prisma.WarehouseItemOrderByWithRelationInput[]>);

const WarehouseItemFilter = builder.inputType('WarehouseItemFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Part of the name or code' }),
    warehouseId: t.id(),
    warehouseKind: t.field({ type: WarehouseKindEnum }),
    state: t.field({ type: ItemStateEnum }),
    category: t.field({ type: ItemCategoryEnum }),
    fromUnitId: t.id(),
    listedFrom: t.field({ type: 'Date', description: 'On or after' }),
    listedTo: t.field({ type: 'Date', description: 'On or before' }),
  }),
});

function itemWhere(filter: typeof WarehouseItemFilter.$inferInput | null | undefined): Prisma.WarehouseItemWhereInput {
  const search = filter?.search?.trim();
  return {
    ...(search ? { OR: [{ name: { contains: search } }, { code: { contains: search, mode: 'insensitive' } }] } : {}),
    ...(filter?.warehouseId ? { warehouseId: filter.warehouseId } : {}),
    ...(filter?.warehouseKind ? { warehouse: { kind: filter.warehouseKind } } : {}),
    ...(filter?.state ? { state: filter.state } : {}),
    ...(filter?.category ? { category: filter.category } : {}),
    ...(filter?.fromUnitId ? { fromUnitId: filter.fromUnitId } : {}),
    ...(filter?.listedFrom || filter?.listedTo
      ? { listedOn: { ...(filter.listedFrom ? { gte: filter.listedFrom } : {}), ...(filter.listedTo ? { lte: filter.listedTo } : {}) } }
      : {}),
  };
}

builder.queryFields((t) => ({
  warehouseItem: t.prismaField({
    type: 'WarehouseItem',
    nullable: true,
    authScopes: assetsAccess.read,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => context.db.warehouseItem.findUnique({ ...query, where: { id } }),
  }),
  warehouseItems: t.prismaConnection({
    type: 'WarehouseItem',
    cursor: 'id',
    authScopes: assetsAccess.read,
    description: 'The warehouse catalogue; filter state: LISTED for what can be requested',
    args: { filter: t.arg({ type: WarehouseItemFilter }), orderBy: t.arg({ type: itemOrder.ref, defaultValue: itemOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.warehouseItem.findMany({ ...query, where: itemWhere(filter), orderBy: itemOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.warehouseItem.count({ where: itemWhere(filter) }),
  }),
}));

export const ListWarehouseItemInput = builder.inputType('ListWarehouseItemInput', {
  fields: (t) => ({
    warehouseId: t.id({ required: true }),
    code: t.string({ required: true, validate: text(40), description: 'Asset number at intake' }),
    category: t.field({ type: ItemCategoryEnum, required: true }),
    name: t.string({ required: true, validate: text(200) }),
    quantity: t.int({ required: true, validate: positiveCount }),
    originalValue: t.field({ type: 'Decimal', required: true, validate: amount, description: '原值 per piece, yuan' }),
    assessedValue: t.field({ type: 'Decimal', required: true, validate: amount, description: '评估值 per piece, yuan' }),
    newPrice: t.field({ type: 'Decimal', required: true, validate: positiveAmount, description: 'Price of one new, yuan' }),
    fromUnitId: t.id({ required: true, description: 'The unit handing it in' }),
    condition: t.field({ type: ItemConditionEnum, required: true }),
    listedOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationFields((t) => ({
  listWarehouseItem: t.prismaField({
    type: 'WarehouseItem',
    authScopes: assetsAccess.write,
    description: 'Takes a unit’s surplus pieces into a warehouse (入仓) and lists them for reallocation',
    args: { input: t.arg({ type: ListWarehouseItemInput, required: true }) },
    resolve: (query, _root, { input }, context) => listWarehouseItem(actingAs(context), input, query),
  }),
}));
