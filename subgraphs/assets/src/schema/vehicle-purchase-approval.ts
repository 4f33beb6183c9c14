import { requireViewer } from '@jiguan/shared-schema/context';
import type { Prisma } from '../../prisma/generated/client.ts';
import { approveVehiclePurchase } from '../actions/approve-vehicle-purchase.ts';
import { rejectVehiclePurchase } from '../actions/reject-vehicle-purchase.ts';
import { requestVehiclePurchase } from '../actions/request-vehicle-purchase.ts';
import { builder } from '../builder.ts';
import { prisma } from '../db.ts';
import { visiblePurchaseApprovals } from '../domain/visibility.ts';
import { readers, unitReaders, writers } from './auth-scopes.ts';
import { ApprovalStatusEnum, EnergyTypeEnum, VehicleKindEnum } from './enums.ts';
import { positiveAmount, positiveCount, text } from './input-rules.ts';
import { orderEnum } from './order-enum.ts';
import { OrganizationRef } from './organization.ts';

builder.prismaObject('VehiclePurchaseApproval', {
  description: '车辆配备审核: a unit’s request to buy vehicles of one kind and energy type, and its decision',
  fields: (t) => ({
    id: t.exposeID('id'),
    organization: t.relation('organization'),
    vehicleKind: t.expose('vehicleKind', { type: VehicleKindEnum }),
    energyType: t.expose('energyType', { type: EnergyTypeEnum }),
    quantity: t.exposeInt('quantity'),
    budget: t.field({ type: 'Decimal', description: 'yuan, for all of them', resolve: (approval) => approval.budget.toFixed(2) }),
    reason: t.exposeString('reason'),
    requestedOn: t.expose('requestedOn', { type: 'Date' }),
    status: t.expose('status', { type: ApprovalStatusEnum }),
    decidedOn: t.expose('decidedOn', { type: 'Date', nullable: true }),
    decisionReason: t.exposeString('decisionReason', { nullable: true }),
  }),
});

builder.prismaObjectFields(OrganizationRef, (t) => ({
  vehiclePurchases: t.relatedConnection('vehiclePurchases', {
    cursor: 'id',
    totalCount: true,
    authScopes: unitReaders,
    query: { orderBy: [{ requestedOn: 'desc' }, { id: 'asc' }] },
  }),
}));

const approvalOrder = orderEnum('VehiclePurchaseApprovalOrder', {
  REQUESTED_ON_DESC: [{ requestedOn: 'desc' }, { id: 'asc' }],
  DECIDED_ON_DESC: [{ decidedOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
} satisfies Record<string, Prisma.VehiclePurchaseApprovalOrderByWithRelationInput[]>);

const VehiclePurchaseApprovalFilter = builder.inputType('VehiclePurchaseApprovalFilter', {
  fields: (t) => ({
    status: t.field({ type: ApprovalStatusEnum }),
    energyType: t.field({ type: EnergyTypeEnum }),
    organizationId: t.id(),
  }),
});

function approvalWhere(filter: typeof VehiclePurchaseApprovalFilter.$inferInput | null | undefined): Prisma.VehiclePurchaseApprovalWhereInput {
  return {
    ...(filter?.status ? { status: filter.status } : {}),
    ...(filter?.energyType ? { energyType: filter.energyType } : {}),
    ...(filter?.organizationId ? { organizationId: filter.organizationId } : {}),
  };
}

builder.queryFields((t) => ({
  vehiclePurchaseApprovals: t.prismaConnection({
    type: 'VehiclePurchaseApproval',
    cursor: 'id',
    authScopes: readers,
    args: {
      filter: t.arg({ type: VehiclePurchaseApprovalFilter }),
      orderBy: t.arg({ type: approvalOrder.ref, defaultValue: approvalOrder.defaultValue }),
    },
    resolve: (query, _root, { filter, orderBy }, context) =>
      prisma.vehiclePurchaseApproval.findMany({
        ...query,
        where: { AND: [visiblePurchaseApprovals(requireViewer(context)), approvalWhere(filter)] },
        orderBy: approvalOrder.orderBy(orderBy),
      }),
    totalCount: (_connection, { filter }, context) =>
      prisma.vehiclePurchaseApproval.count({ where: { AND: [visiblePurchaseApprovals(requireViewer(context)), approvalWhere(filter)] } }),
  }),
}));

const RequestVehiclePurchaseInput = builder.inputType('RequestVehiclePurchaseInput', {
  fields: (t) => ({
    organizationId: t.id({ required: true }),
    vehicleKind: t.field({ type: VehicleKindEnum, required: true }),
    energyType: t.field({ type: EnergyTypeEnum, required: true }),
    quantity: t.int({ required: true, validate: positiveCount }),
    budget: t.field({ type: 'Decimal', required: true, validate: positiveAmount, description: 'yuan, for all of them' }),
    reason: t.string({ required: true, validate: text(500) }),
    requestedOn: t.field({ type: 'Date', required: true }),
  }),
});

const reload = (query: object, id: string) => prisma.vehiclePurchaseApproval.findUniqueOrThrow({ ...query, where: { id } });

builder.mutationFields((t) => ({
  requestVehiclePurchase: t.prismaField({
    type: 'VehiclePurchaseApproval',
    authScopes: writers,
    description: 'Records a unit’s request to buy vehicles, for review',
    args: { input: t.arg({ type: RequestVehiclePurchaseInput, required: true }) },
    resolve: async (query, _root, { input }, context) => reload(query, (await requestVehiclePurchase(requireViewer(context), input)).id),
  }),
  approveVehiclePurchase: t.prismaField({
    type: 'VehiclePurchaseApproval',
    authScopes: writers,
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ validate: text(500).nullish() }) },
    resolve: async (query, _root, { id, reason }, context) => reload(query, (await approveVehiclePurchase(requireViewer(context), id, reason ?? null)).id),
  }),
  rejectVehiclePurchase: t.prismaField({
    type: 'VehiclePurchaseApproval',
    authScopes: writers,
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true, validate: text(500) }) },
    resolve: async (query, _root, { id, reason }, context) => reload(query, (await rejectVehiclePurchase(requireViewer(context), id, reason)).id),
  }),
}));
