import { requireViewer } from '@jiguan/shared-schema/context';
import type { Prisma } from '../../prisma/generated/client.ts';
import { createLease } from '../actions/create-lease.ts';
import { endLease } from '../actions/end-lease.ts';
import { builder } from '../builder.ts';
import { prisma } from '../db.ts';
import { businessDate } from '../domain/business-date.ts';
import { visibleLeases } from '../domain/visibility.ts';
import { readers, writers } from './auth-scopes.ts';
import { BuildingRef } from './building.ts';
import { LeaseKindEnum } from './enums.ts';
import { amount, text } from './input-rules.ts';
import { orderEnum } from './order-enum.ts';

builder.prismaObject('Lease', {
  description: 'A property (or part of one) leased (出租) or lent (出借) out',
  fields: (t) => ({
    id: t.exposeID('id'),
    building: t.relation('building'),
    kind: t.expose('kind', { type: LeaseKindEnum }),
    counterparty: t.exposeString('counterparty'),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date' }),
    yearlyRent: t.field({ type: 'Decimal', description: 'yuan a year; 0 for a loan', resolve: (lease) => lease.yearlyRent.toFixed(2) }),
    endedOn: t.expose('endedOn', { type: 'Date', nullable: true, description: 'Set when it ended before endsOn' }),
  }),
});

builder.prismaObjectFields(BuildingRef, (t) => ({
  leases: t.relatedConnection('leases', { cursor: 'id', totalCount: true, query: { orderBy: [{ startsOn: 'desc' }, { id: 'asc' }] } }),
}));

const leaseOrder = orderEnum('LeaseOrder', {
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
    authScopes: readers,
    args: { filter: t.arg({ type: LeaseFilter }), orderBy: t.arg({ type: leaseOrder.ref, defaultValue: leaseOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      prisma.lease.findMany({
        ...query,
        where: { AND: [visibleLeases(requireViewer(context)), leaseWhere(filter)] },
        orderBy: leaseOrder.orderBy(orderBy),
      }),
    totalCount: (_connection, { filter }, context) =>
      prisma.lease.count({ where: { AND: [visibleLeases(requireViewer(context)), leaseWhere(filter)] } }),
  }),
}));

const CreateLeaseInput = builder.inputType('CreateLeaseInput', {
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
    authScopes: writers,
    args: { input: t.arg({ type: CreateLeaseInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const lease = await createLease(requireViewer(context), input);
      return prisma.lease.findUniqueOrThrow({ ...query, where: { id: lease.id } });
    },
  }),
  endLease: t.prismaField({
    type: 'Lease',
    authScopes: writers,
    description: 'Ends a lease or loan early',
    args: { id: t.arg.id({ required: true }), endedOn: t.arg({ type: 'Date', required: true }) },
    resolve: async (query, _root, { id, endedOn }, context) => {
      const lease = await endLease(requireViewer(context), id, endedOn);
      return prisma.lease.findUniqueOrThrow({ ...query, where: { id: lease.id } });
    },
  }),
}));
