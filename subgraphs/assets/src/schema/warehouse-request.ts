import { requireViewer } from '@jiguan/shared-schema/context';
import type { Prisma } from '../../prisma/generated/client.ts';
import { approveWarehouseRequest } from '../actions/approve-warehouse-request.ts';
import { fileWarehouseRequest } from '../actions/file-warehouse-request.ts';
import { rejectWarehouseRequest } from '../actions/reject-warehouse-request.ts';
import { WAREHOUSE_REQUESTERS } from '../domain/access.ts';
import { builder } from '../builder.ts';
import { prisma } from '../db.ts';
import { visibleWarehouseRequests } from '../domain/visibility.ts';
import { readers, unitReaders, writers } from './auth-scopes.ts';
import { RequestStatusEnum } from './enums.ts';
import { positiveCount, text } from './input-rules.ts';
import { orderEnum } from './order-enum.ts';
import { OrganizationRef } from './organization.ts';

builder.prismaObject('WarehouseRequest', {
  description: '调剂申请: a unit asks for pieces of a warehouse item; they are reserved until staff decide',
  fields: (t) => ({
    id: t.exposeID('id'),
    item: t.relation('item'),
    organization: t.relation('organization', { description: 'The requesting unit' }),
    quantity: t.exposeInt('quantity'),
    reason: t.exposeString('reason'),
    status: t.expose('status', { type: RequestStatusEnum }),
    requestedBy: t.exposeID('requestedBy', { description: 'Account that filed it' }),
    requestedAt: t.expose('requestedAt', { type: 'DateTime' }),
    decidedBy: t.exposeID('decidedBy', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    decisionReason: t.exposeString('decisionReason', { nullable: true }),
    issue: t.relation('issue', { nullable: true, description: 'The pieces issued when approved' }),
  }),
});

builder.prismaObjectFields(OrganizationRef, (t) => ({
  warehouseRequests: t.relatedConnection('warehouseRequests', {
    cursor: 'id',
    totalCount: true,
    authScopes: unitReaders,
    query: { orderBy: [{ requestedAt: 'desc' }, { id: 'asc' }] },
  }),
}));

const requestOrder = orderEnum('WarehouseRequestOrder', {
  REQUESTED_AT_DESC: [{ requestedAt: 'desc' }, { id: 'asc' }],
  REQUESTED_AT: [{ requestedAt: 'asc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.WarehouseRequestOrderByWithRelationInput[]>);

const WarehouseRequestFilter = builder.inputType('WarehouseRequestFilter', {
  fields: (t) => ({
    status: t.field({ type: RequestStatusEnum }),
    itemId: t.id(),
    organizationId: t.id(),
  }),
});

function requestWhere(filter: typeof WarehouseRequestFilter.$inferInput | null | undefined): Prisma.WarehouseRequestWhereInput {
  return {
    ...(filter?.status ? { status: filter.status } : {}),
    ...(filter?.itemId ? { itemId: filter.itemId } : {}),
    ...(filter?.organizationId ? { organizationId: filter.organizationId } : {}),
  };
}

builder.queryFields((t) => ({
  warehouseRequests: t.prismaConnection({
    type: 'WarehouseRequest',
    cursor: 'id',
    authScopes: readers,
    description: 'Reallocation requests; a unit user sees their own unit’s',
    args: { filter: t.arg({ type: WarehouseRequestFilter }), orderBy: t.arg({ type: requestOrder.ref, defaultValue: requestOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      prisma.warehouseRequest.findMany({
        ...query,
        where: { AND: [visibleWarehouseRequests(requireViewer(context)), requestWhere(filter)] },
        orderBy: requestOrder.orderBy(orderBy),
      }),
    totalCount: (_connection, { filter }, context) =>
      prisma.warehouseRequest.count({ where: { AND: [visibleWarehouseRequests(requireViewer(context)), requestWhere(filter)] } }),
  }),
}));

const FileWarehouseRequestInput = builder.inputType('FileWarehouseRequestInput', {
  fields: (t) => ({
    itemId: t.id({ required: true }),
    organizationId: t.id({ required: true, description: 'The requesting unit; a unit user’s own' }),
    quantity: t.int({ required: true, validate: positiveCount }),
    reason: t.string({ required: true, validate: text(500) }),
  }),
});

const reload = (query: object, id: string) => prisma.warehouseRequest.findUniqueOrThrow({ ...query, where: { id } });

builder.mutationFields((t) => ({
  fileWarehouseRequest: t.prismaField({
    type: 'WarehouseRequest',
    authScopes: { anyRole: WAREHOUSE_REQUESTERS },
    description: 'Requests pieces of a listed item; they are reserved at once. CONFLICT when fewer are free (someone else got them first).',
    args: { input: t.arg({ type: FileWarehouseRequestInput, required: true }) },
    resolve: async (query, _root, { input }, context) => reload(query, (await fileWarehouseRequest(requireViewer(context), input)).id),
  }),
  approveWarehouseRequest: t.prismaField({
    type: 'WarehouseRequest',
    authScopes: writers,
    description: 'Approves a pending request: the pieces are issued to the unit (调剂出仓) and the savings recorded',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ validate: text(500).nullish() }) },
    resolve: async (query, _root, { id, reason }, context) =>
      reload(query, (await approveWarehouseRequest(requireViewer(context), id, reason ?? null)).id),
  }),
  rejectWarehouseRequest: t.prismaField({
    type: 'WarehouseRequest',
    authScopes: writers,
    description: 'Rejects a pending request, with why; the pieces are free again',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true, validate: text(500) }) },
    resolve: async (query, _root, { id, reason }, context) => reload(query, (await rejectWarehouseRequest(requireViewer(context), id, reason)).id),
  }),
}));
