import { requireViewer } from '@jiguan/shared-schema/context';
import type { Prisma } from '../../prisma/generated/client.ts';
import { recordHandover } from '../actions/record-handover.ts';
import { builder } from '../builder.ts';
import { prisma } from '../db.ts';
import { visibleHandovers } from '../domain/visibility.ts';
import { readers, unitReaders, writers } from './auth-scopes.ts';
import { BuildingRef } from './building.ts';
import { positiveAmount } from './input-rules.ts';
import { orderEnum } from './order-enum.ts';
import { OrganizationRef } from './organization.ts';

builder.prismaObject('Handover', {
  description: 'An idle property handed over to the district’s operating company (商发集团) to let',
  fields: (t) => ({
    id: t.exposeID('id'),
    building: t.relation('building'),
    plan: t.relation('plan', { nullable: true }),
    recipient: t.relation('recipient'),
    handedOverOn: t.expose('handedOverOn', { type: 'Date' }),
    yearlyRent: t.field({ type: 'Decimal', description: 'New after-tax rent income, yuan a year', resolve: (handover) => handover.yearlyRent.toFixed(2) }),
  }),
});

builder.prismaObjectFields(BuildingRef, (t) => ({
  handovers: t.relatedConnection('handovers', { cursor: 'id', totalCount: true, query: { orderBy: [{ handedOverOn: 'desc' }, { id: 'asc' }] } }),
}));

builder.prismaObjectFields(OrganizationRef, (t) => ({
  handoversReceived: t.relatedConnection('handoversReceived', {
    cursor: 'id',
    totalCount: true,
    authScopes: unitReaders,
    description: 'Properties handed over to this unit to operate',
    query: { orderBy: [{ handedOverOn: 'desc' }, { id: 'asc' }] },
  }),
}));

const handoverOrder = orderEnum('HandoverOrder', {
  HANDED_OVER_ON_DESC: [{ handedOverOn: 'desc' }, { id: 'asc' }],
  YEARLY_RENT_DESC: [{ yearlyRent: 'desc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.HandoverOrderByWithRelationInput[]>);

const HandoverFilter = builder.inputType('HandoverFilter', {
  fields: (t) => ({
    recipientId: t.id(),
    handedOverFrom: t.field({ type: 'Date', description: 'On or after' }),
    handedOverTo: t.field({ type: 'Date', description: 'On or before' }),
  }),
});

function handoverWhere(filter: typeof HandoverFilter.$inferInput | null | undefined): Prisma.HandoverWhereInput {
  return {
    ...(filter?.recipientId ? { recipientId: filter.recipientId } : {}),
    ...(filter?.handedOverFrom || filter?.handedOverTo
      ? { handedOverOn: { ...(filter.handedOverFrom ? { gte: filter.handedOverFrom } : {}), ...(filter.handedOverTo ? { lte: filter.handedOverTo } : {}) } }
      : {}),
  };
}

builder.queryFields((t) => ({
  handovers: t.prismaConnection({
    type: 'Handover',
    cursor: 'id',
    authScopes: readers,
    args: { filter: t.arg({ type: HandoverFilter }), orderBy: t.arg({ type: handoverOrder.ref, defaultValue: handoverOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      prisma.handover.findMany({
        ...query,
        where: { AND: [visibleHandovers(requireViewer(context)), handoverWhere(filter)] },
        orderBy: handoverOrder.orderBy(orderBy),
      }),
    totalCount: (_connection, { filter }, context) =>
      prisma.handover.count({ where: { AND: [visibleHandovers(requireViewer(context)), handoverWhere(filter)] } }),
  }),
}));

const RecordHandoverInput = builder.inputType('RecordHandoverInput', {
  fields: (t) => ({
    buildingId: t.id({ required: true }),
    planId: t.id({ description: 'The 一房一策 plan it implements, if any' }),
    recipientId: t.id({ required: true, description: 'The operating company, e.g. 商发集团' }),
    handedOverOn: t.field({ type: 'Date', required: true }),
    yearlyRent: t.field({ type: 'Decimal', required: true, validate: positiveAmount, description: 'After-tax rent income, yuan a year' }),
  }),
});

builder.mutationFields((t) => ({
  recordHandover: t.prismaField({
    type: 'Handover',
    authScopes: writers,
    description: 'Hands an idle property over to be let: the recipient becomes its user and the property counts as leased out',
    args: { input: t.arg({ type: RecordHandoverInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const handover = await recordHandover(requireViewer(context), input);
      return prisma.handover.findUniqueOrThrow({ ...query, where: { id: handover.id } });
    },
  }),
}));
