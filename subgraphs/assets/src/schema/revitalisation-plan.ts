import { actingAs } from '@jiguan/shared-schema/context';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { amount, text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { createRevitalisationPlan } from '../actions/create-revitalisation-plan.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { BuildingRef } from './building.ts';
import { PlanStatusEnum, PlanTypeEnum } from './enums.ts';

builder.prismaObject('RevitalisationPlan', {
  description: '一房一策: the plan for an idle property, made after surveying it on site (实地排摸)',
  fields: (t) => ({
    id: t.exposeID('id'),
    building: t.relation('building'),
    surveyedOn: t.expose('surveyedOn', { type: 'Date' }),
    planType: t.expose('planType', { type: PlanTypeEnum }),
    status: t.expose('status', { type: PlanStatusEnum, description: 'IMPLEMENTED once the hand-over it plans is recorded' }),
    expectedYearlyIncome: t.field({ type: 'Decimal', description: 'yuan a year', resolve: decimalColumn('expectedYearlyIncome') }),
    description: t.exposeString('description'),
  }),
});

builder.prismaObjectFields(BuildingRef, (t) => ({
  plans: t.relatedConnection('plans', { cursor: 'id', totalCount: true, query: { orderBy: [{ surveyedOn: 'desc' }, { id: 'asc' }] } }),
}));

const planOrder = orderEnum(builder, 'RevitalisationPlanOrder', {
  SURVEYED_ON_DESC: [{ surveyedOn: 'desc' }, { id: 'asc' }],
  EXPECTED_INCOME_DESC: [{ expectedYearlyIncome: 'desc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.RevitalisationPlanOrderByWithRelationInput[]>);

const RevitalisationPlanFilter = builder.inputType('RevitalisationPlanFilter', {
  fields: (t) => ({
    planType: t.field({ type: PlanTypeEnum }),
    status: t.field({ type: PlanStatusEnum }),
    buildingId: t.id(),
  }),
});

function planWhere(filter: typeof RevitalisationPlanFilter.$inferInput | null | undefined): Prisma.RevitalisationPlanWhereInput {
  return {
    ...(filter?.planType ? { planType: filter.planType } : {}),
    ...(filter?.status ? { status: filter.status } : {}),
    ...(filter?.buildingId ? { buildingId: filter.buildingId } : {}),
  };
}

builder.queryFields((t) => ({
  revitalisationPlans: t.prismaConnection({
    type: 'RevitalisationPlan',
    cursor: 'id',
    authScopes: assetsAccess.read,
    args: { filter: t.arg({ type: RevitalisationPlanFilter }), orderBy: t.arg({ type: planOrder.ref, defaultValue: planOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.revitalisationPlan.findMany({ ...query, where: planWhere(filter), orderBy: planOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.revitalisationPlan.count({ where: planWhere(filter) }),
  }),
}));

export const CreateRevitalisationPlanInput = builder.inputType('CreateRevitalisationPlanInput', {
  fields: (t) => ({
    buildingId: t.id({ required: true }),
    surveyedOn: t.field({ type: 'Date', required: true, description: '实地排摸 date' }),
    planType: t.field({ type: PlanTypeEnum, required: true }),
    expectedYearlyIncome: t.field({ type: 'Decimal', required: true, validate: amount, description: 'yuan a year' }),
    description: t.string({ required: true, validate: text(1000) }),
  }),
});

builder.mutationFields((t) => ({
  createRevitalisationPlan: t.prismaField({
    type: 'RevitalisationPlan',
    authScopes: assetsAccess.write,
    description: 'Records the 一房一策 plan for an idle property',
    args: { input: t.arg({ type: CreateRevitalisationPlanInput, required: true }) },
    resolve: (query, _root, { input }, context) => createRevitalisationPlan(actingAs(context), input, query),
  }),
}));
