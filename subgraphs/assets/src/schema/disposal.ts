import { requireViewer } from '@jiguan/shared-schema/context';
import type { Prisma } from '../../prisma/generated/client.ts';
import { approveDisposal } from '../actions/approve-disposal.ts';
import { createDisposal } from '../actions/create-disposal.ts';
import { executeDisposal } from '../actions/execute-disposal.ts';
import { rejectDisposal } from '../actions/reject-disposal.ts';
import { submitDisposal } from '../actions/submit-disposal.ts';
import { builder } from '../builder.ts';
import { prisma } from '../db.ts';
import { visibleDisposals } from '../domain/visibility.ts';
import { readers, unitReaders, writers } from './auth-scopes.ts';
import { DisposalAssetKindEnum, DisposalMethodEnum, DisposalStatusEnum } from './enums.ts';
import { positiveAmount, text } from './input-rules.ts';
import { orderEnum } from './order-enum.ts';
import { OrganizationRef } from './organization.ts';

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
    value: t.field({ type: 'Decimal', description: '原值, yuan', resolve: (disposal) => disposal.value.toFixed(2) }),
    method: t.expose('method', { type: DisposalMethodEnum }),
    status: t.expose('status', { type: DisposalStatusEnum }),
    decidedOn: t.expose('decidedOn', { type: 'Date', nullable: true, description: '批复日期: approved or rejected on' }),
    steps: t.relatedConnection('steps', { cursor: 'id', totalCount: true, query: { orderBy: [{ at: 'asc' }, { id: 'asc' }] } }),
    issue: t.relation('issue', { nullable: true, description: 'The pieces that left the warehouse (warehouse items)' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
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
    cursor: 'id',
    totalCount: true,
    authScopes: unitReaders,
    query: { orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] },
  }),
}));

const disposalOrder = orderEnum('DisposalOrder', {
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
    authScopes: readers,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) =>
      prisma.disposal.findFirst({ ...query, where: { AND: [{ id }, visibleDisposals(requireViewer(context))] } }),
  }),
  disposals: t.prismaConnection({
    type: 'Disposal',
    cursor: 'id',
    authScopes: readers,
    args: { filter: t.arg({ type: DisposalFilter }), orderBy: t.arg({ type: disposalOrder.ref, defaultValue: disposalOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      prisma.disposal.findMany({
        ...query,
        where: { AND: [visibleDisposals(requireViewer(context)), disposalWhere(filter)] },
        orderBy: disposalOrder.orderBy(orderBy),
      }),
    totalCount: (_connection, { filter }, context) =>
      prisma.disposal.count({ where: { AND: [visibleDisposals(requireViewer(context)), disposalWhere(filter)] } }),
  }),
}));

const CreateDisposalInput = builder.inputType('CreateDisposalInput', {
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

const reload = (query: object, id: string) => prisma.disposal.findUniqueOrThrow({ ...query, where: { id } });

builder.mutationFields((t) => {
  const stepArgs = { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true, validate: text(500) }) };
  return {
    createDisposal: t.prismaField({
      type: 'Disposal',
      authScopes: writers,
      description: 'Drafts a disposal application',
      args: { input: t.arg({ type: CreateDisposalInput, required: true }) },
      resolve: async (query, _root, { input }, context) => reload(query, (await createDisposal(requireViewer(context), input)).id),
    }),
    submitDisposal: t.prismaField({
      type: 'Disposal',
      authScopes: writers,
      description: 'DRAFT → SUBMITTED',
      args: stepArgs,
      resolve: async (query, _root, { id, reason }, context) => reload(query, (await submitDisposal(requireViewer(context), id, reason)).id),
    }),
    approveDisposal: t.prismaField({
      type: 'Disposal',
      authScopes: writers,
      description: 'SUBMITTED → APPROVED (批复), by someone other than the submitter',
      args: stepArgs,
      resolve: async (query, _root, { id, reason }, context) => reload(query, (await approveDisposal(requireViewer(context), id, reason)).id),
    }),
    rejectDisposal: t.prismaField({
      type: 'Disposal',
      authScopes: writers,
      description: 'SUBMITTED → REJECTED, by someone other than the submitter',
      args: stepArgs,
      resolve: async (query, _root, { id, reason }, context) => reload(query, (await rejectDisposal(requireViewer(context), id, reason)).id),
    }),
    executeDisposal: t.prismaField({
      type: 'Disposal',
      authScopes: writers,
      description: 'APPROVED → EXECUTED: the vehicle is disposed of, the warehouse pieces leave, the property leaves the register',
      args: stepArgs,
      resolve: async (query, _root, { id, reason }, context) => reload(query, (await executeDisposal(requireViewer(context), id, reason)).id),
    }),
  };
});
