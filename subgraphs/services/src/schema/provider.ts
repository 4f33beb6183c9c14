import { actingAs } from '@jiguan/shared-schema/context';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { positiveAmount, positiveCount, text } from '@jiguan/shared-schema/validation/input-rules';
import { z } from 'zod';
import type { Prisma } from '../../prisma/generated/client.ts';
import { ProviderKind } from '../../prisma/generated/enums.ts';
import { createProviderContract } from '../actions/create-provider-contract.ts';
import { createServiceProvider } from '../actions/create-service-provider.ts';
import { recordProviderAssessment } from '../actions/record-provider-assessment.ts';
import { recordProviderTraining } from '../actions/record-provider-training.ts';
import { builder } from '../builder.ts';
import { servicesAccess } from '../domain/access.ts';
import { assessmentProblem, contractPeriodProblem } from '../domain/provider.ts';

const ProviderKindEnum = builder.enumType(ProviderKind, { name: 'ProviderKind', description: '物业 / 餐饮 / 安保 / 保洁 / 维保' });

builder.prismaObject('ServiceProvider', {
  description: '社会化服务单位: a company the bureau contracts for its services',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: ProviderKindEnum }),
    trainings: t.relatedConnection('trainings', { cursor: 'id', totalCount: true, query: { orderBy: [{ heldOn: 'desc' }, { id: 'asc' }] } }),
    contracts: t.relatedConnection('contracts', { cursor: 'id', totalCount: true, query: { orderBy: [{ startsOn: 'desc' }, { id: 'asc' }] } }),
    assessments: t.relatedConnection('assessments', {
      cursor: 'id',
      totalCount: true,
      description: 'Scores by criterion, latest quarter first',
      query: { orderBy: [{ year: 'desc' }, { quarter: 'desc' }, { criterion: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

builder.prismaObject('ProviderContract', {
  description: 'A contract with a provider',
  fields: (t) => ({
    id: t.exposeID('id'),
    provider: t.relation('provider'),
    number: t.exposeString('number'),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date' }),
    amount: t.field({ type: 'Decimal', description: 'yuan', resolve: decimalColumn('amount') }),
    scope: t.exposeString('scope'),
  }),
});

builder.prismaObject('ProviderAssessment', {
  description: '履约考核: a provider’s score on one criterion in one quarter',
  fields: (t) => ({
    id: t.exposeID('id'),
    provider: t.relation('provider'),
    year: t.exposeInt('year'),
    quarter: t.exposeInt('quarter'),
    criterion: t.exposeString('criterion'),
    score: t.exposeInt('score'),
    maxScore: t.exposeInt('maxScore'),
  }),
});

builder.prismaObject('ProviderTraining', {
  description: 'A training a provider held for its staff',
  fields: (t) => ({
    id: t.exposeID('id'),
    provider: t.relation('provider'),
    heldOn: t.expose('heldOn', { type: 'Date' }),
    topic: t.exposeString('topic'),
    attendees: t.exposeInt('attendees'),
  }),
});

const ProviderTrainingFilter = builder.inputType('ProviderTrainingFilter', {
  fields: (t) => ({ providerId: t.id(), from: t.field({ type: 'Date' }), to: t.field({ type: 'Date' }) }),
});

const trainingWhere = (filter: typeof ProviderTrainingFilter.$inferInput | null | undefined): Prisma.ProviderTrainingWhereInput => ({
  ...(filter?.providerId ? { providerId: filter.providerId } : {}),
  ...(filter?.from || filter?.to ? { heldOn: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } } : {}),
});

builder.queryFields((t) => ({
  serviceProviders: t.prismaConnection({
    type: 'ServiceProvider',
    cursor: 'id',
    authScopes: servicesAccess.read,
    args: { kind: t.arg({ type: ProviderKindEnum }) },
    resolve: (query, _root, { kind }, context) => context.db.serviceProvider.findMany({ ...query, where: kind ? { kind } : {}, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
    totalCount: (_c, { kind }, context) => context.db.serviceProvider.count({ where: kind ? { kind } : {} }),
  }),
  providerTrainings: t.prismaConnection({
    type: 'ProviderTraining',
    cursor: 'id',
    authScopes: servicesAccess.read,
    args: { filter: t.arg({ type: ProviderTrainingFilter }) },
    resolve: (query, _root, { filter }, context) => context.db.providerTraining.findMany({ ...query, where: trainingWhere(filter), orderBy: [{ heldOn: 'desc' }, { id: 'asc' }] }),
    totalCount: (_c, { filter }, context) => context.db.providerTraining.count({ where: trainingWhere(filter) }),
  }),
}));

export const CreateServiceProviderInput = builder.inputType('CreateServiceProviderInput', {
  fields: (t) => ({ name: t.string({ required: true, validate: text(100) }), kind: t.field({ type: ProviderKindEnum, required: true }) }),
});

export const RecordProviderTrainingInput = builder.inputType('RecordProviderTrainingInput', {
  fields: (t) => ({
    providerId: t.id({ required: true }),
    heldOn: t.field({ type: 'Date', required: true }),
    topic: t.string({ required: true, validate: text(200) }),
    attendees: t.int({ required: true, validate: positiveCount }),
  }),
});

export const CreateProviderContractInput = builder.inputType('CreateProviderContractInput', {
  validate: domainRule(contractPeriodProblem),
  fields: (t) => ({
    providerId: t.id({ required: true }),
    number: t.string({ required: true, validate: text(50) }),
    startsOn: t.field({ type: 'Date', required: true }),
    endsOn: t.field({ type: 'Date', required: true }),
    amount: t.field({ type: 'Decimal', required: true, validate: positiveAmount, description: 'yuan' }),
    scope: t.string({ required: true, validate: text(500) }),
  }),
});

const AssessmentScoreInput = builder.inputType('ProviderAssessmentScoreInput', {
  fields: (t) => ({ criterion: t.string({ required: true, validate: text(50) }), score: t.int({ required: true }), maxScore: t.int({ required: true, validate: positiveCount }) }),
});

export const RecordProviderAssessmentInput = builder.inputType('RecordProviderAssessmentInput', {
  validate: domainRule(assessmentProblem),
  fields: (t) => ({
    providerId: t.id({ required: true }),
    year: t.int({ required: true, validate: z.number().int().min(2000).max(2100) }),
    quarter: t.int({ required: true }),
    scores: t.field({ type: [AssessmentScoreInput], required: true, validate: z.array(z.any()).min(1).max(20) }),
  }),
});

builder.mutationFields((t) => ({
  createProviderContract: t.prismaField({
    type: 'ProviderContract',
    authScopes: servicesAccess.write,
    args: { input: t.arg({ type: CreateProviderContractInput, required: true }) },
    resolve: (query, _root, { input }, context) => createProviderContract(actingAs(context), input, query),
  }),
  recordProviderAssessment: t.prismaField({
    type: ['ProviderAssessment'],
    authScopes: servicesAccess.write,
    description: 'A quarter’s 履约考核, one score per criterion (the maxima add up to 100); CONFLICT QUARTER_ALREADY_ASSESSED',
    args: { input: t.arg({ type: RecordProviderAssessmentInput, required: true }) },
    resolve: (_query, _root, { input }, context) => recordProviderAssessment(actingAs(context), input),
  }),
  createServiceProvider: t.prismaField({
    type: 'ServiceProvider',
    authScopes: servicesAccess.write,
    args: { input: t.arg({ type: CreateServiceProviderInput, required: true }) },
    resolve: (query, _root, { input }, context) => createServiceProvider(actingAs(context), input, query),
  }),
  recordProviderTraining: t.prismaField({
    type: 'ProviderTraining',
    authScopes: servicesAccess.write,
    args: { input: t.arg({ type: RecordProviderTrainingInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordProviderTraining(actingAs(context), input, query),
  }),
}));
