import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import type { Prisma } from '../../prisma/generated/client.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { IssueKindEnum, WarehouseKindEnum } from './enums.ts';
import { OrganizationRef } from './organization.ts';

builder.prismaObject('WarehouseIssue', {
  description: '出仓: pieces leaving a warehouse, reallocated to a unit or disposed of',
  fields: (t) => ({
    id: t.exposeID('id'),
    item: t.relation('item'),
    kind: t.expose('kind', { type: IssueKindEnum }),
    quantity: t.exposeInt('quantity'),
    receiving: t.relation('receiving', { nullable: true, description: 'The unit that received them (reallocation)' }),
    request: t.relation('request', { nullable: true, description: 'The request it answered, when the viewer may see it' }),
    disposal: t.relation('disposal', { nullable: true, description: 'The disposal it carried out, when the viewer may see it' }),
    issuedOn: t.expose('issuedOn', { type: 'Date' }),
    value: t.field({ type: 'Decimal', description: 'Original value (原值) of the pieces, yuan', resolve: decimalColumn('value') }),
    savings: t.field({ type: 'Decimal', description: 'Price of buying them new (0 for a disposal), yuan', resolve: decimalColumn('savings') }),
  }),
});

builder.prismaObjectFields(OrganizationRef, (t) => ({
  warehouseIssuesReceived: t.relatedConnection('warehouseIssues', {
    nullable: true,
    cursor: 'id',
    totalCount: true,
    authScopes: assetsAccess.readUnit,
    description: 'Pieces reallocated to this unit',
    query: { orderBy: [{ issuedOn: 'desc' }, { id: 'asc' }] },
  }),
}));

const issueOrder = orderEnum(builder, 'WarehouseIssueOrder', {
  ISSUED_ON_DESC: [{ issuedOn: 'desc' }, { id: 'asc' }],
  SAVINGS_DESC: [{ savings: 'desc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.WarehouseIssueOrderByWithRelationInput[]>);

const WarehouseIssueFilter = builder.inputType('WarehouseIssueFilter', {
  fields: (t) => ({
    kind: t.field({ type: IssueKindEnum }),
    warehouseKind: t.field({ type: WarehouseKindEnum }),
    receivingId: t.id(),
    issuedFrom: t.field({ type: 'Date', description: 'On or after' }),
    issuedTo: t.field({ type: 'Date', description: 'On or before' }),
  }),
});

function issueWhere(filter: typeof WarehouseIssueFilter.$inferInput | null | undefined): Prisma.WarehouseIssueWhereInput {
  return {
    ...(filter?.kind ? { kind: filter.kind } : {}),
    ...(filter?.warehouseKind ? { item: { warehouse: { kind: filter.warehouseKind } } } : {}),
    ...(filter?.receivingId ? { receivingId: filter.receivingId } : {}),
    ...(filter?.issuedFrom || filter?.issuedTo
      ? { issuedOn: { ...(filter.issuedFrom ? { gte: filter.issuedFrom } : {}), ...(filter.issuedTo ? { lte: filter.issuedTo } : {}) } }
      : {}),
  };
}

builder.queryFields((t) => ({
  warehouseIssues: t.prismaConnection({
    type: 'WarehouseIssue',
    cursor: 'id',
    authScopes: assetsAccess.read,
    args: { filter: t.arg({ type: WarehouseIssueFilter }), orderBy: t.arg({ type: issueOrder.ref, defaultValue: issueOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.warehouseIssue.findMany({ ...query, where: issueWhere(filter), orderBy: issueOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.warehouseIssue.count({ where: issueWhere(filter) }),
  }),
}));
