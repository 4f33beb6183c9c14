import { actingAs } from '@jiguan/shared-schema/context';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { recordInspection } from '../actions/record-inspection.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { inspectionProblem } from '../domain/inspection.ts';
import { BuildingRef } from './building.ts';
import { ProblemCategoryEnum } from './enums.ts';
import { OrganizationRef } from './organization.ts';

builder.prismaObject('Inspection', {
  description: 'A unit’s premises inspected (房屋巡检) on a date',
  fields: (t) => ({
    id: t.exposeID('id'),
    organization: t.relation('organization'),
    inspectedOn: t.expose('inspectedOn', { type: 'Date' }),
    inspectors: t.exposeString('inspectors'),
    problems: t.relatedConnection('problems', { cursor: 'id', totalCount: true, query: { orderBy: { id: 'asc' } } }),
  }),
});

builder.prismaObject('InspectionProblem', {
  description: 'A problem an inspection found, with the rectification items (整改意见) issued for it',
  fields: (t) => ({
    id: t.exposeID('id'),
    inspection: t.relation('inspection'),
    building: t.relation('building', { nullable: true, description: 'The property it was found at, when it concerns one the viewer may see' }),
    category: t.expose('category', { type: ProblemCategoryEnum }),
    description: t.exposeString('description'),
    rectificationItems: t.relatedConnection('rectificationItems', { cursor: 'id', totalCount: true, query: { orderBy: { dueOn: 'asc' } } }),
  }),
});

const inspectionOrder = orderEnum(builder, 'InspectionOrder', {
  INSPECTED_ON_DESC: [{ inspectedOn: 'desc' }, { id: 'asc' }],
  INSPECTED_ON: [{ inspectedOn: 'asc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.InspectionOrderByWithRelationInput[]>);

const InspectionFilter = builder.inputType('InspectionFilter', {
  fields: (t) => ({
    organizationId: t.id(),
    inspectedFrom: t.field({ type: 'Date', description: 'On or after' }),
    inspectedTo: t.field({ type: 'Date', description: 'On or before' }),
  }),
});

function inspectionWhere(filter: typeof InspectionFilter.$inferInput | null | undefined): Prisma.InspectionWhereInput {
  return {
    ...(filter?.organizationId ? { organizationId: filter.organizationId } : {}),
    ...(filter?.inspectedFrom || filter?.inspectedTo
      ? { inspectedOn: { ...(filter.inspectedFrom ? { gte: filter.inspectedFrom } : {}), ...(filter.inspectedTo ? { lte: filter.inspectedTo } : {}) } }
      : {}),
  };
}

builder.queryFields((t) => ({
  inspections: t.prismaConnection({
    type: 'Inspection',
    cursor: 'id',
    authScopes: assetsAccess.read,
    args: { filter: t.arg({ type: InspectionFilter }), orderBy: t.arg({ type: inspectionOrder.ref, defaultValue: inspectionOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.inspection.findMany({ ...query, where: inspectionWhere(filter), orderBy: inspectionOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.inspection.count({ where: inspectionWhere(filter) }),
  }),
}));

builder.prismaObjectFields(OrganizationRef, (t) => ({
  inspections: t.relatedConnection('inspections', {
    nullable: true,
    cursor: 'id',
    totalCount: true,
    authScopes: assetsAccess.readUnit,
    query: { orderBy: [{ inspectedOn: 'desc' }, { id: 'asc' }] },
  }),
}));

builder.prismaObjectFields(BuildingRef, (t) => ({
  problems: t.relatedConnection('problems', {
    cursor: 'id',
    totalCount: true,
    description: 'Problems inspections found at this property (of the inspections the viewer may see)',
    query: { orderBy: { id: 'asc' } },
  }),
}));

const RectificationItemInput = builder.inputType('RectificationItemInput', {
  fields: (t) => ({
    suggestion: t.string({ required: true, validate: text(500) }),
    owner: t.string({ required: true, validate: text(50), description: '整改责任人' }),
    dueOn: t.field({ type: 'Date', required: true }),
  }),
});

const InspectionProblemInput = builder.inputType('InspectionProblemInput', {
  fields: (t) => ({
    buildingId: t.id(),
    category: t.field({ type: ProblemCategoryEnum, required: true }),
    description: t.string({ required: true, validate: text(500) }),
    rectificationItems: t.field({ type: [RectificationItemInput], required: true, description: 'At least one' }),
  }),
});

export const RecordInspectionInput = builder.inputType('RecordInspectionInput', {
  validate: domainRule(inspectionProblem),
  fields: (t) => ({
    organizationId: t.id({ required: true }),
    inspectedOn: t.field({ type: 'Date', required: true }),
    inspectors: t.string({ required: true, validate: text(200) }),
    problems: t.field({ type: [InspectionProblemInput], required: true, description: 'May be empty: nothing found' }),
  }),
});

builder.mutationFields((t) => ({
  recordInspection: t.prismaField({
    type: 'Inspection',
    authScopes: assetsAccess.write,
    description: 'Records an inspection with the problems found and the rectification items issued, in one go',
    args: { input: t.arg({ type: RecordInspectionInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordInspection(actingAs(context), input, query),
  }),
}));
