import { requireViewer } from '@jiguan/shared-schema/context';
import type { Prisma } from '../../prisma/generated/client.ts';
import { recordInspection } from '../actions/record-inspection.ts';
import { builder } from '../builder.ts';
import { prisma } from '../db.ts';
import { visibleInspections } from '../domain/visibility.ts';
import { readers, unitReaders, writers } from './auth-scopes.ts';
import { BuildingRef } from './building.ts';
import { ProblemCategoryEnum } from './enums.ts';
import { text } from './input-rules.ts';
import { orderEnum } from './order-enum.ts';
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
    building: t.relation('building', { nullable: true, description: 'The property it was found at, when it concerns one' }),
    category: t.expose('category', { type: ProblemCategoryEnum }),
    description: t.exposeString('description'),
    rectificationItems: t.relatedConnection('rectificationItems', { cursor: 'id', totalCount: true, query: { orderBy: { dueOn: 'asc' } } }),
  }),
});

const inspectionOrder = orderEnum('InspectionOrder', {
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
    authScopes: readers,
    args: { filter: t.arg({ type: InspectionFilter }), orderBy: t.arg({ type: inspectionOrder.ref, defaultValue: inspectionOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      prisma.inspection.findMany({
        ...query,
        where: { AND: [visibleInspections(requireViewer(context)), inspectionWhere(filter)] },
        orderBy: inspectionOrder.orderBy(orderBy),
      }),
    totalCount: (_connection, { filter }, context) =>
      prisma.inspection.count({ where: { AND: [visibleInspections(requireViewer(context)), inspectionWhere(filter)] } }),
  }),
}));

builder.prismaObjectFields(OrganizationRef, (t) => ({
  inspections: t.relatedConnection('inspections', {
    cursor: 'id',
    totalCount: true,
    authScopes: unitReaders,
    query: { orderBy: [{ inspectedOn: 'desc' }, { id: 'asc' }] },
  }),
}));

builder.prismaObjectFields(BuildingRef, (t) => ({
  problems: t.relatedConnection('problems', {
    cursor: 'id',
    totalCount: true,
    description: 'Problems inspections found at this property',
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

const RecordInspectionInput = builder.inputType('RecordInspectionInput', {
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
    authScopes: writers,
    description: 'Records an inspection with the problems found and the rectification items issued, in one go',
    args: { input: t.arg({ type: RecordInspectionInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const inspection = await recordInspection(requireViewer(context), input);
      return prisma.inspection.findUniqueOrThrow({ ...query, where: { id: inspection.id } });
    },
  }),
}));
