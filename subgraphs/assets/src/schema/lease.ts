import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { amount, text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { createLease } from '../actions/create-lease.ts';
import { endLease } from '../actions/end-lease.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import { leaseMachine, leaseTermsProblem } from '../domain/lease.ts';
import { BuildingRef } from './building.ts';
import { LeaseKindEnum } from './enums.ts';

const LeaseActionEnum = actionEnum(builder, 'LeaseAction', leaseMachine);

builder.prismaObject('Lease', {
  description: 'A property (or part of one) leased (出租) or lent (出借) out',
  fields: (t) => ({
    id: t.exposeID('id'),
    building: t.relation('building'),
    kind: t.expose('kind', { type: LeaseKindEnum }),
    counterparty: t.exposeString('counterparty'),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date' }),
    yearlyRent: t.field({ type: 'Decimal', description: 'yuan a year; 0 for a loan', resolve: decimalColumn('yearlyRent') }),
    endedOn: t.expose('endedOn', { type: 'Date', nullable: true, description: 'Set when it ended before endsOn' }),
    allowedActions: t.field({
      type: [LeaseActionEnum],
      description: ALLOWED_ACTIONS_DESCRIPTION,
      resolve: (lease, _args, context) => allowedActions(leaseMachine, context.viewer, lease),
    }),
  }),
});

builder.prismaObjectFields(BuildingRef, (t) => ({
  leases: t.relatedConnection('leases', { cursor: 'id', totalCount: true, query: { orderBy: [{ startsOn: 'desc' }, { id: 'asc' }] } }),
}));

const leaseOrder = orderEnum(builder, 'LeaseOrder', {
  ENDS_ON: [{ endsOn: 'asc' }, { id: 'asc' }],
  STARTS_ON_DESC: [{ startsOn: 'desc' }, { id: 'asc' }],
  YEARLY_RENT_DESC: [{ yearlyRent: 'desc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.LeaseOrderByWithRelationInput[]>);

const LeaseFilter = builder.inputType('LeaseFilter', {
  fields: (t) => ({
    kind: t.field({ type: LeaseKindEnum }),
    buildingId: t.id(),
    current: t.boolean({ description: 'true: running today; false: ended or expired' }),
  }),
});

function leaseWhere(filter: typeof LeaseFilter.$inferInput | null | undefined): Prisma.LeaseWhereInput {
  const today = businessDate();
  const running: Prisma.LeaseWhereInput = { endedOn: null, startsOn: { lte: today }, endsOn: { gte: today } };
  return {
    AND: [
      filter?.kind ? { kind: filter.kind } : {},
      filter?.buildingId ? { buildingId: filter.buildingId } : {},
      filter?.current === true ? running : filter?.current === false ? { NOT: running } : {},
    ],
  };
}

builder.queryFields((t) => ({
  leases: t.prismaConnection({
    type: 'Lease',
    cursor: 'id',
    authScopes: assetsAccess.read,
    args: { filter: t.arg({ type: LeaseFilter }), orderBy: t.arg({ type: leaseOrder.ref, defaultValue: leaseOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.lease.findMany({ ...query, where: leaseWhere(filter), orderBy: leaseOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.lease.count({ where: leaseWhere(filter) }),
  }),
}));

export const CreateLeaseInput = builder.inputType('CreateLeaseInput', {
  validate: domainRule(leaseTermsProblem),
  fields: (t) => ({
    buildingId: t.id({ required: true }),
    kind: t.field({ type: LeaseKindEnum, required: true }),
    counterparty: t.string({ required: true, validate: text(200) }),
    startsOn: t.field({ type: 'Date', required: true }),
    endsOn: t.field({ type: 'Date', required: true }),
    yearlyRent: t.field({ type: 'Decimal', required: true, validate: amount, description: 'yuan a year; 0 for a loan' }),
  }),
});

builder.mutationFields((t) => ({
  createLease: t.prismaField({
    type: 'Lease',
    authScopes: assetsAccess.write,
    args: { input: t.arg({ type: CreateLeaseInput, required: true }) },
    resolve: (query, _root, { input }, context) => createLease(actingAs(context), input, query),
  }),
  endLease: t.prismaField({
    type: 'Lease',
    authScopes: { anyRole: leaseMachine.rolesFor('end') },
    description: 'Ends a lease or loan early',
    args: { id: t.arg.id({ required: true }), endedOn: t.arg({ type: 'Date', required: true }) },
    resolve: (query, _root, args, context) => endLease(actingAs(context), args, query),
  }),
}));
