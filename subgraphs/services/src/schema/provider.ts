import { actingAs } from '@jiguan/shared-schema/context';
import { positiveCount, text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { ProviderKind } from '../../prisma/generated/enums.ts';
import { createServiceProvider } from '../actions/create-service-provider.ts';
import { recordProviderTraining } from '../actions/record-provider-training.ts';
import { builder } from '../builder.ts';
import { servicesAccess } from '../domain/access.ts';

const ProviderKindEnum = builder.enumType(ProviderKind, { name: 'ProviderKind', description: '物业 / 餐饮 / 安保 / 保洁 / 维保' });

builder.prismaObject('ServiceProvider', {
  description: '社会化服务单位: a company the bureau contracts for its services',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: ProviderKindEnum }),
    trainings: t.relatedConnection('trainings', { cursor: 'id', totalCount: true, query: { orderBy: [{ heldOn: 'desc' }, { id: 'asc' }] } }),
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

builder.mutationFields((t) => ({
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
