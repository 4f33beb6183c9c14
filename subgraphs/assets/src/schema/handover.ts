import { actingAs } from '@jiguan/shared-schema/context';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { positiveAmount } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { recordHandover } from '../actions/record-handover.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { BuildingRef } from './building.ts';
import { OrganizationRef } from './organization.ts';

builder.prismaObject('Handover', {
  description: 'An idle property handed over to the district’s operating company (商发集团) to let',
  fields: (t) => ({
    id: t.exposeID('id'),
    building: t.relation('building'),
    plan: t.relation('plan', { nullable: true, description: 'The 一房一策 plan it implements, when the viewer may see it' }),
    recipient: t.relation('recipient'),
    handedOverOn: t.expose('handedOverOn', { type: 'Date' }),
    yearlyRent: t.field({ type: 'Decimal', description: 'New after-tax rent income, yuan a year', resolve: decimalColumn('yearlyRent') }),
  }),
});

builder.prismaObjectFields(BuildingRef, (t) => ({
  handovers: t.relatedConnection('handovers', { cursor: 'id', totalCount: true, query: { orderBy: [{ handedOverOn: 'desc' }, { id: 'asc' }] } }),
}));

builder.prismaObjectFields(OrganizationRef, (t) => ({
  handoversReceived: t.relatedConnection('handoversReceived', {
    nullable: true,
    cursor: 'id',
    totalCount: true,
    authScopes: assetsAccess.readUnit,
    description: 'Properties handed over to this unit to operate',
    query: { orderBy: [{ handedOverOn: 'desc' }, { id: 'asc' }] },
  }),
}));

const handoverOrder = orderEnum(builder, 'HandoverOrder', {
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
    authScopes: assetsAccess.read,
    args: { filter: t.arg({ type: HandoverFilter }), orderBy: t.arg({ type: handoverOrder.ref, defaultValue: handoverOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.handover.findMany({ ...query, where: handoverWhere(filter), orderBy: handoverOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.handover.count({ where: handoverWhere(filter) }),
  }),
}));

export const RecordHandoverInput = builder.inputType('RecordHandoverInput', {
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
    authScopes: assetsAccess.write,
    description: 'Hands an idle property over to be let: the recipient becomes its user and the property counts as leased out',
    args: { input: t.arg({ type: RecordHandoverInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordHandover(actingAs(context), input, query),
  }),
}));
