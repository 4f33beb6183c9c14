import { hasRole } from '@jiguan/shared-schema/auth/viewer';
import { requireViewer } from '@jiguan/shared-schema/context';
import type { Prisma } from '../../prisma/generated/client.ts';
import { createUserAccount } from '../actions/create-user-account.ts';
import { resetUserAccountPassword, setUserAccountDisabled, setUserAccountRoles } from '../actions/update-user-account.ts';
import { builder } from '../builder.ts';
import { prisma } from '../db.ts';
import { DataScopeEnum, RoleEnum } from './enums.ts';
import { OrganizationRef } from './organization.ts';

export const UserAccountRef = builder.prismaObject('UserAccount', {
  description: 'A login to the hub; visible to administrators and to its owner',
  authScopes: (account, context) =>
    account.id === (context.viewer?.accountId ?? context.signedInAccountId) || hasRole(context.viewer, 'ADMIN'),
  fields: (t) => ({
    id: t.exposeID('id'),
    username: t.exposeString('username'),
    roles: t.expose('roles', { type: [RoleEnum] }),
    dataScope: t.expose('dataScope', { type: DataScopeEnum }),
    disabled: t.exposeBoolean('disabled'),
    lastLoginAt: t.expose('lastLoginAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    person: t.relation('person', { nullable: true }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The unit of the account’s person',
      select: { person: { select: { organization: true } } },
      resolve: (account) => account.person?.organization ?? null,
    }),
  }),
});

const UserAccountFilter = builder.inputType('UserAccountFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Part of the username or of the person’s name' }),
    role: t.field({ type: RoleEnum }),
    disabled: t.boolean(),
  }),
});

function userAccountWhere(filter: typeof UserAccountFilter.$inferInput | null | undefined): Prisma.UserAccountWhereInput {
  const search = filter?.search?.trim();
  return {
    ...(search ? { OR: [{ username: { contains: search, mode: 'insensitive' } }, { person: { name: { contains: search } } }] } : {}),
    ...(filter?.role ? { roles: { has: filter.role } } : {}),
    ...(filter?.disabled != null ? { disabled: filter.disabled } : {}),
  };
}

const CreateUserAccountInput = builder.inputType('CreateUserAccountInput', {
  fields: (t) => ({
    username: t.string({ required: true }),
    password: t.string({ required: true }),
    personId: t.id({ required: true }),
    roles: t.field({ type: [RoleEnum], required: true }),
    dataScope: t.field({ type: DataScopeEnum, required: true }),
  }),
});

builder.queryFields((t) => ({
  me: t.prismaField({
    type: 'UserAccount',
    authScopes: { authenticated: true },
    description: 'The logged-in account',
    resolve: (query, _root, _args, context) =>
      prisma.userAccount.findUniqueOrThrow({ ...query, where: { id: requireViewer(context).accountId } }),
  }),
  userAccounts: t.prismaConnection({
    type: 'UserAccount',
    cursor: 'id',
    authScopes: { anyRole: ['ADMIN'] },
    args: { filter: t.arg({ type: UserAccountFilter }) },
    resolve: (query, _root, { filter }) =>
      prisma.userAccount.findMany({ ...query, where: userAccountWhere(filter), orderBy: [{ username: 'asc' }] }),
    totalCount: (_connection, { filter }) => prisma.userAccount.count({ where: userAccountWhere(filter) }),
  }),
}));

/** Re-reads the changed account with the selection the client asked for. */
const reload = (query: object, id: string) => prisma.userAccount.findUniqueOrThrow({ ...query, where: { id } });

builder.mutationFields((t) => ({
  createUserAccount: t.prismaField({
    type: 'UserAccount',
    authScopes: { anyRole: ['ADMIN'] },
    args: { input: t.arg({ type: CreateUserAccountInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const account = await createUserAccount(requireViewer(context), { ...input, personId: String(input.personId) });
      return reload(query, account.id);
    },
  }),
  disableUserAccount: t.prismaField({
    type: 'UserAccount',
    authScopes: { anyRole: ['ADMIN'] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, context) => reload(query, (await setUserAccountDisabled(requireViewer(context), String(id), true)).id),
  }),
  enableUserAccount: t.prismaField({
    type: 'UserAccount',
    authScopes: { anyRole: ['ADMIN'] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, context) => reload(query, (await setUserAccountDisabled(requireViewer(context), String(id), false)).id),
  }),
  setUserAccountRoles: t.prismaField({
    type: 'UserAccount',
    authScopes: { anyRole: ['ADMIN'] },
    args: {
      id: t.arg.id({ required: true }),
      roles: t.arg({ type: [RoleEnum], required: true }),
      dataScope: t.arg({ type: DataScopeEnum, required: true }),
    },
    resolve: async (query, _root, { id, roles, dataScope }, context) =>
      reload(query, (await setUserAccountRoles(requireViewer(context), String(id), roles, dataScope)).id),
  }),
  resetUserAccountPassword: t.prismaField({
    type: 'UserAccount',
    authScopes: { anyRole: ['ADMIN'] },
    args: { id: t.arg.id({ required: true }), newPassword: t.arg.string({ required: true }) },
    resolve: async (query, _root, { id, newPassword }, context) =>
      reload(query, (await resetUserAccountPassword(requireViewer(context), String(id), newPassword)).id),
  }),
}));
