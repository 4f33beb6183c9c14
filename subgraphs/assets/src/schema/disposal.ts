import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { positiveAmount, text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { approveDisposal } from '../actions/approve-disposal.ts';
import { createDisposal } from '../actions/create-disposal.ts';
import { executeDisposal } from '../actions/execute-disposal.ts';
import { rejectDisposal } from '../actions/reject-disposal.ts';
import { submitDisposal } from '../actions/submit-disposal.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { disposalMachine, disposalRuleSelect, disposalTargetProblem } from '../domain/disposal.ts';
import { DisposalAssetKindEnum, DisposalMethodEnum, DisposalStatusEnum } from './enums.ts';
import { OrganizationRef } from './organization.ts';

const DisposalActionEnum = actionEnum(builder, 'DisposalAction', disposalMachine);

builder.prismaObject('Disposal', {
  description: '资产处置: an application to dispose of one asset record, DRAFT → SUBMITTED → APPROVED → EXECUTED (or REJECTED)',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: 'e.g. CZ-2024-0001' }),
    organization: t.relation('organization', { description: 'The unit whose asset it is' }),
    assetKind: t.expose('assetKind', { type: DisposalAssetKindEnum }),
    assetCardNumber: t.exposeString('assetCardNumber', { description: '资产卡片编号 in the unit’s books' }),
    assetName: t.exposeString('assetName'),
    building: t.relation('building', { nullable: true, description: 'The property, when it is on the register' }),
    vehicle: t.relation('vehicle', { nullable: true }),
    item: t.relation('item', { nullable: true, description: 'The warehouse item whose remaining pieces go' }),
    value: t.field({ type: 'Decimal', description: '原值, yuan', resolve: decimalColumn('value') }),
    method: t.expose('method', { type: DisposalMethodEnum }),
    status: t.expose('status', { type: DisposalStatusEnum }),
    decidedOn: t.expose('decidedOn', { type: 'Date', nullable: true, description: '批复日期: approved or rejected on' }),
    steps: t.relatedConnection('steps', { cursor: 'id', totalCount: true, query: { orderBy: [{ at: 'asc' }, { id: 'asc' }] } }),
    issue: t.relation('issue', { nullable: true, description: 'The pieces that left the warehouse (warehouse items)' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    allowedActions: t.field({
      type: [DisposalActionEnum],
      description: ALLOWED_ACTIONS_DESCRIPTION,
      // The machine reads who submitted (four eyes), from the steps.
      select: { steps: disposalRuleSelect.steps },
      resolve: (disposal, _args, context) => allowedActions(disposalMachine, context.viewer, disposal),
    }),
  }),
});

builder.prismaObject('DisposalStep', {
  description: 'One step of a disposal, by whom and why',
  fields: (t) => ({
    id: t.exposeID('id'),
    fromStatus: t.expose('fromStatus', { type: DisposalStatusEnum, nullable: true, description: 'Null for the creation of the draft' }),
    toStatus: t.expose('toStatus', { type: DisposalStatusEnum }),
    actorId: t.exposeID('actorId', { description: 'Account that took the step' }),
    reason: t.exposeString('reason'),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields(OrganizationRef, (t) => ({
  disposals: t.relatedConnection('disposals', {
    nullable: true,
    cursor: 'id',
    totalCount: true,
    authScopes: assetsAccess.readUnit,
    query: { orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] },
  }),
}));

const disposalOrder = orderEnum(builder, 'DisposalOrder', {
  CREATED_AT_DESC: [{ createdAt: 'desc' }, { id: 'asc' }],
  DECIDED_ON_DESC: [{ decidedOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
  VALUE_DESC: [{ value: 'desc' }, { id: 'asc' }],
  CODE: [{ code: 'asc' }],
} satisfies Record<string, Prisma.DisposalOrderByWithRelationInput[]>);

const DisposalFilter = builder.inputType('DisposalFilter', {
  fields: (t) => ({
    assetKind: t.field({ type: DisposalAssetKindEnum }),
    status: t.field({ type: DisposalStatusEnum }),
    method: t.field({ type: DisposalMethodEnum }),
    organizationId: t.id(),
    decidedFrom: t.field({ type: 'Date', description: 'Decided on or after' }),
    decidedTo: t.field({ type: 'Date', description: 'Decided on or before' }),
  }),
});

function disposalWhere(filter: typeof DisposalFilter.$inferInput | null | undefined): Prisma.DisposalWhereInput {
  return {
    ...(filter?.assetKind ? { assetKind: filter.assetKind } : {}),
    ...(filter?.status ? { status: filter.status } : {}),
    ...(filter?.method ? { method: filter.method } : {}),
    ...(filter?.organizationId ? { organizationId: filter.organizationId } : {}),
    ...(filter?.decidedFrom || filter?.decidedTo
      ? { decidedOn: { ...(filter.decidedFrom ? { gte: filter.decidedFrom } : {}), ...(filter.decidedTo ? { lte: filter.decidedTo } : {}) } }
      : {}),
  };
}

builder.queryFields((t) => ({
  disposal: t.prismaField({
    type: 'Disposal',
    nullable: true,
    authScopes: assetsAccess.read,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => context.db.disposal.findUnique({ ...query, where: { id } }),
  }),
  disposals: t.prismaConnection({
    type: 'Disposal',
    cursor: 'id',
    authScopes: assetsAccess.read,
    args: { filter: t.arg({ type: DisposalFilter }), orderBy: t.arg({ type: disposalOrder.ref, defaultValue: disposalOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.disposal.findMany({ ...query, where: disposalWhere(filter), orderBy: disposalOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.disposal.count({ where: disposalWhere(filter) }),
  }),
}));

export const CreateDisposalInput = builder.inputType('CreateDisposalInput', {
  validate: domainRule(disposalTargetProblem),
  fields: (t) => ({
    organizationId: t.id({ required: true, description: 'The unit whose asset it is' }),
    assetKind: t.field({ type: DisposalAssetKindEnum, required: true }),
    assetCardNumber: t.string({ required: true, validate: text(60) }),
    assetName: t.string({ required: true, validate: text(200) }),
    buildingId: t.id({ description: 'PROPERTY: the property, when it is on the register' }),
    vehicleId: t.id({ description: 'VEHICLE: required' }),
    itemId: t.id({ description: 'WAREHOUSE_ITEM: required; its remaining free pieces are disposed of' }),
    value: t.field({ type: 'Decimal', required: true, validate: positiveAmount, description: '原值, yuan' }),
    method: t.field({ type: DisposalMethodEnum, required: true }),
    reason: t.string({ required: true, validate: text(500), description: 'Why it should go' }),
  }),
});

builder.mutationFields((t) => {
  const stepArgs = { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true, validate: text(500) }) };
  return {
    createDisposal: t.prismaField({
      type: 'Disposal',
      authScopes: assetsAccess.write,
      description: 'Drafts a disposal application',
      args: { input: t.arg({ type: CreateDisposalInput, required: true }) },
      resolve: (query, _root, { input }, context) => createDisposal(actingAs(context), input, query),
    }),
    submitDisposal: t.prismaField({
      type: 'Disposal',
      authScopes: { anyRole: disposalMachine.rolesFor('submit') },
      description: 'DRAFT → SUBMITTED',
      args: stepArgs,
      resolve: (query, _root, args, context) => submitDisposal(actingAs(context), args, query),
    }),
    approveDisposal: t.prismaField({
      type: 'Disposal',
      authScopes: { anyRole: disposalMachine.rolesFor('approve') },
      description: 'SUBMITTED → APPROVED (批复), by someone other than the submitter',
      args: stepArgs,
      resolve: (query, _root, args, context) => approveDisposal(actingAs(context), args, query),
    }),
    rejectDisposal: t.prismaField({
      type: 'Disposal',
      authScopes: { anyRole: disposalMachine.rolesFor('reject') },
      description: 'SUBMITTED → REJECTED, by someone other than the submitter',
      args: stepArgs,
      resolve: (query, _root, args, context) => rejectDisposal(actingAs(context), args, query),
    }),
    executeDisposal: t.prismaField({
      type: 'Disposal',
      authScopes: { anyRole: disposalMachine.rolesFor('execute') },
      description: 'APPROVED → EXECUTED: the vehicle is disposed of, the warehouse pieces leave, the property leaves the register',
      args: stepArgs,
      resolve: (query, _root, args, context) => executeDisposal(actingAs(context), args, query),
    }),
  };
});
