import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { createBiApiKey } from '../actions/create-bi-api-key.ts';
import { revokeBiApiKey } from '../actions/revoke-bi-api-key.ts';
import { builder } from '../builder.ts';
import { biApiKeyMachine, biApiKeyState, datasetsProblem, expiryProblem, unitIdsProblem } from '../domain/bi-api-key.ts';
import { OrganizationRef } from './organization.ts';
import { unitsOfIds } from './units-of-ids.ts';

const ADMINS = { anyRole: ['ADMIN' as const] };
const BiApiKeyActionEnum = actionEnum(builder, 'BiApiKeyAction', biApiKeyMachine);

const BiApiKeyStatusEnum = builder.enumType('BiApiKeyStatus', {
  values: ['ACTIVE', 'EXPIRED', 'REVOKED'] as const,
  description: 'ACTIVE: the gateway accepts it; EXPIRED: past its expiry; REVOKED: revoked by an administrator',
});

/** An empty stored list means "all": answered as null, as the gateway's caller has it. */
const allWhenEmpty = (list: string[]) => (list.length === 0 ? null : list);

export const BiApiKeyRef = builder.prismaObject('BiApiKey', {
  description: 'A key a BI tool sends to the gateway’s exports (Authorization: Bearer, or HTTP Basic); its secret is shown once, when created',
  authScopes: ADMINS,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    datasets: t.field({
      type: ['String'],
      nullable: true,
      description: 'The datasets it may read; null: every dataset',
      select: { datasets: true },
      resolve: (key) => allWhenEmpty(key.datasets),
    }),
    unitIds: t.field({
      type: ['ID'],
      nullable: true,
      description: 'The units whose rows it sees; null: every unit',
      select: { unitIds: true },
      resolve: (key) => allWhenEmpty(key.unitIds),
    }),
    units: t.field({
      type: [OrganizationRef],
      nullable: true,
      description: 'The units of `unitIds`; null: every unit',
      select: { unitIds: true },
      // Stored empty: every unit.
      resolve: (key, _args, context) => unitsOfIds(context, key.unitIds.length === 0 ? null : key.unitIds),
    }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true, description: 'null: it does not expire' }),
    status: t.field({
      type: BiApiKeyStatusEnum,
      select: { revokedAt: true, expiresAt: true },
      resolve: (key) => biApiKeyState(key),
    }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'When the gateway last accepted it (recorded at most once a minute)' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    createdBy: t.exposeID('createdBy', { description: 'The account that created it' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    revokedBy: t.exposeID('revokedBy', { nullable: true }),
    allowedActions: t.field({
      type: [BiApiKeyActionEnum],
      description: ALLOWED_ACTIONS_DESCRIPTION,
      select: { revokedAt: true, expiresAt: true },
      resolve: (key, _args, context) => allowedActions(biApiKeyMachine, context.viewer, key),
    }),
  }),
});

interface CreatedBiApiKey {
  apiKey: Prisma.BiApiKeyGetPayload<object>;
  key: string;
}

const CreateBiApiKeyPayload = builder.objectRef<CreatedBiApiKey>('CreateBiApiKeyPayload').implement({
  fields: (t) => ({
    apiKey: t.field({ type: BiApiKeyRef, resolve: (created) => created.apiKey }),
    key: t.exposeString('key', { description: 'The key, `jgk_<id>_<secret>`: shown this once, never again (only its hash is kept)' }),
  }),
});

export const CreateBiApiKeyInput = builder.inputType('CreateBiApiKeyInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: text(100), description: 'Who or what uses it, e.g. 财务部 Power BI' }),
    datasets: t.stringList({ description: 'Dataset names (`<subgraph>_<view>`); null: every dataset', validate: domainRule(datasetsProblem) }),
    unitIds: t.idList({ description: 'Units (directory Organization ids) whose rows it sees; null: every unit', validate: domainRule(unitIdsProblem) }),
    expiresAt: t.field({ type: 'DateTime', description: 'null: it does not expire', validate: domainRule(expiryProblem) }),
  }),
});

const BiApiKeyFilter = builder.inputType('BiApiKeyFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Part of the name' }),
  }),
});

function biApiKeyWhere(filter: typeof BiApiKeyFilter.$inferInput | null | undefined): Prisma.BiApiKeyWhereInput {
  const search = filter?.search?.trim();
  return search ? { name: { contains: search, mode: 'insensitive' } } : {};
}

builder.queryFields((t) => ({
  biApiKeys: t.prismaConnection({
    type: 'BiApiKey',
    cursor: 'id',
    authScopes: ADMINS,
    description: 'The BI API keys, newest first (the secrets are never shown again)',
    args: { filter: t.arg({ type: BiApiKeyFilter }) },
    resolve: (query, _root, { filter }, context) =>
      context.db.biApiKey.findMany({ ...query, where: biApiKeyWhere(filter), orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] }),
    totalCount: (_connection, { filter }, context) => context.db.biApiKey.count({ where: biApiKeyWhere(filter) }),
  }),
}));

builder.mutationFields((t) => ({
  createBiApiKey: t.field({
    type: CreateBiApiKeyPayload,
    authScopes: ADMINS,
    args: { input: t.arg({ type: CreateBiApiKeyInput, required: true }) },
    resolve: (_root, { input }, context) => createBiApiKey(actingAs(context), input),
  }),
  revokeBiApiKey: t.prismaField({
    type: 'BiApiKey',
    authScopes: { anyRole: biApiKeyMachine.rolesFor('revoke') },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => revokeBiApiKey(actingAs(context), args, query),
  }),
}));
