import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { optionalText, positiveAmount, positiveCount, text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { approveVehiclePurchase } from '../actions/approve-vehicle-purchase.ts';
import { rejectVehiclePurchase } from '../actions/reject-vehicle-purchase.ts';
import { requestVehiclePurchase } from '../actions/request-vehicle-purchase.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { vehiclePurchaseMachine } from '../domain/vehicle-purchase.ts';
import { ApprovalStatusEnum, EnergyTypeEnum, VehicleKindEnum } from './enums.ts';
import { OrganizationRef } from './organization.ts';

const VehiclePurchaseApprovalActionEnum = actionEnum(builder, 'VehiclePurchaseApprovalAction', vehiclePurchaseMachine);

builder.prismaObject('VehiclePurchaseApproval', {
  description: '车辆配备审核: a unit’s request to buy vehicles of one kind and energy type, and its decision',
  fields: (t) => ({
    id: t.exposeID('id'),
    organization: t.relation('organization'),
    vehicleKind: t.expose('vehicleKind', { type: VehicleKindEnum }),
    energyType: t.expose('energyType', { type: EnergyTypeEnum }),
    quantity: t.exposeInt('quantity'),
    budget: t.field({ type: 'Decimal', description: 'yuan, for all of them', resolve: decimalColumn('budget') }),
    reason: t.exposeString('reason'),
    requestedOn: t.expose('requestedOn', { type: 'Date' }),
    status: t.expose('status', { type: ApprovalStatusEnum }),
    decidedOn: t.expose('decidedOn', { type: 'Date', nullable: true }),
    decisionReason: t.exposeString('decisionReason', { nullable: true }),
    allowedActions: t.field({
      type: [VehiclePurchaseApprovalActionEnum],
      description: ALLOWED_ACTIONS_DESCRIPTION,
      resolve: (approval, _args, context) => allowedActions(vehiclePurchaseMachine, context.viewer, approval),
    }),
  }),
});

builder.prismaObjectFields(OrganizationRef, (t) => ({
  vehiclePurchases: t.relatedConnection('vehiclePurchases', {
    nullable: true,
    cursor: 'id',
    totalCount: true,
    authScopes: assetsAccess.readUnit,
    query: { orderBy: [{ requestedOn: 'desc' }, { id: 'asc' }] },
  }),
}));

const approvalOrder = orderEnum(builder, 'VehiclePurchaseApprovalOrder', {
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
    authScopes: assetsAccess.read,
    args: {
      filter: t.arg({ type: VehiclePurchaseApprovalFilter }),
      orderBy: t.arg({ type: approvalOrder.ref, defaultValue: approvalOrder.defaultValue }),
    },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.vehiclePurchaseApproval.findMany({ ...query, where: approvalWhere(filter), orderBy: approvalOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.vehiclePurchaseApproval.count({ where: approvalWhere(filter) }),
  }),
}));

export const RequestVehiclePurchaseInput = builder.inputType('RequestVehiclePurchaseInput', {
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

builder.mutationFields((t) => ({
  requestVehiclePurchase: t.prismaField({
    type: 'VehiclePurchaseApproval',
    authScopes: assetsAccess.write,
    description: 'Records a unit’s request to buy vehicles, for review',
    args: { input: t.arg({ type: RequestVehiclePurchaseInput, required: true }) },
    resolve: (query, _root, { input }, context) => requestVehiclePurchase(actingAs(context), input, query),
  }),
  approveVehiclePurchase: t.prismaField({
    type: 'VehiclePurchaseApproval',
    authScopes: { anyRole: vehiclePurchaseMachine.rolesFor('approve') },
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ validate: optionalText(500) }) },
    resolve: (query, _root, args, context) => approveVehiclePurchase(actingAs(context), args, query),
  }),
  rejectVehiclePurchase: t.prismaField({
    type: 'VehiclePurchaseApproval',
    authScopes: { anyRole: vehiclePurchaseMachine.rolesFor('reject') },
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true, validate: text(500) }) },
    resolve: (query, _root, args, context) => rejectVehiclePurchase(actingAs(context), args, query),
  }),
}));
