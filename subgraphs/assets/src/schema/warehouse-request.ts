import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { optionalText, positiveCount, text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { approveWarehouseRequest } from '../actions/approve-warehouse-request.ts';
import { fileWarehouseRequest } from '../actions/file-warehouse-request.ts';
import { rejectWarehouseRequest } from '../actions/reject-warehouse-request.ts';
import { builder } from '../builder.ts';
import { assetsAccess, WAREHOUSE_REQUESTERS } from '../domain/access.ts';
import { warehouseRequestMachine } from '../domain/warehouse-request.ts';
import { RequestStatusEnum } from './enums.ts';
import { OrganizationRef } from './organization.ts';

const WarehouseRequestActionEnum = actionEnum(builder, 'WarehouseRequestAction', warehouseRequestMachine);

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
    allowedActions: t.field({
      type: [WarehouseRequestActionEnum],
      description: ALLOWED_ACTIONS_DESCRIPTION,
      resolve: (request, _args, context) => allowedActions(warehouseRequestMachine, context.viewer, request),
    }),
  }),
});

builder.prismaObjectFields(OrganizationRef, (t) => ({
  warehouseRequests: t.relatedConnection('warehouseRequests', {
    nullable: true,
    cursor: 'id',
    totalCount: true,
    authScopes: assetsAccess.readUnit,
    query: { orderBy: [{ requestedAt: 'desc' }, { id: 'asc' }] },
  }),
}));

const requestOrder = orderEnum(builder, 'WarehouseRequestOrder', {
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
    authScopes: assetsAccess.read,
    description: 'Reallocation requests; a unit user sees their own unit’s',
    args: { filter: t.arg({ type: WarehouseRequestFilter }), orderBy: t.arg({ type: requestOrder.ref, defaultValue: requestOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.warehouseRequest.findMany({ ...query, where: requestWhere(filter), orderBy: requestOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.warehouseRequest.count({ where: requestWhere(filter) }),
  }),
}));

export const FileWarehouseRequestInput = builder.inputType('FileWarehouseRequestInput', {
  fields: (t) => ({
    itemId: t.id({ required: true }),
    organizationId: t.id({ required: true, description: 'The requesting unit; a unit user’s own' }),
    quantity: t.int({ required: true, validate: positiveCount }),
    reason: t.string({ required: true, validate: text(500) }),
  }),
});

builder.mutationFields((t) => ({
  fileWarehouseRequest: t.prismaField({
    type: 'WarehouseRequest',
    authScopes: { anyRole: WAREHOUSE_REQUESTERS },
    description: 'Requests pieces of a listed item; they are reserved at once. CONFLICT when fewer are free (someone else got them first).',
    args: { input: t.arg({ type: FileWarehouseRequestInput, required: true }) },
    resolve: (query, _root, { input }, context) => fileWarehouseRequest(actingAs(context), input, query),
  }),
  approveWarehouseRequest: t.prismaField({
    type: 'WarehouseRequest',
    authScopes: { anyRole: warehouseRequestMachine.rolesFor('approve') },
    description: 'Approves a pending request: the pieces are issued to the unit (调剂出仓) and the savings recorded',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ validate: optionalText(500) }) },
    resolve: (query, _root, args, context) => approveWarehouseRequest(actingAs(context), args, query),
  }),
  rejectWarehouseRequest: t.prismaField({
    type: 'WarehouseRequest',
    authScopes: { anyRole: warehouseRequestMachine.rolesFor('reject') },
    description: 'Rejects a pending request, with why; the pieces are free again',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true, validate: text(500) }) },
    resolve: (query, _root, args, context) => rejectWarehouseRequest(actingAs(context), args, query),
  }),
}));
