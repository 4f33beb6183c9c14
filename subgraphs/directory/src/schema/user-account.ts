import { hasRole } from '@jiguan/shared-schema/auth/viewer';
import { actingAs, requireViewer } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { z } from 'zod';
import type { Prisma } from '../../prisma/generated/client.ts';
import { createUserAccount } from '../actions/create-user-account.ts';
import { disableUserAccount } from '../actions/disable-user-account.ts';
import { enableUserAccount } from '../actions/enable-user-account.ts';
import { resetUserAccountPassword } from '../actions/reset-user-account-password.ts';
import { setUserAccountRoles } from '../actions/set-user-account-roles.ts';
import { builder } from '../builder.ts';
import { passwordProblem } from '../domain/password.ts';
import { rolesProblem, userAccountMachine, usernameProblem } from '../domain/user-account-rules.ts';
import { DataScopeEnum, RoleEnum } from './enums.ts';
import { OrganizationRef } from './organization.ts';

const ADMINS = { anyRole: ['ADMIN' as const] };
const UserAccountActionEnum = actionEnum(builder, 'UserAccountAction', userAccountMachine);

export const UserAccountRef = builder.prismaObject('UserAccount', {
  description: 'A login to the hub; visible to administrators and to its owner',
  authScopes: (account, context) => account.id === context.viewer?.accountId || hasRole(context.viewer, 'ADMIN'),
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
    allowedActions: t.field({
      type: [UserAccountActionEnum],
      description: ALLOWED_ACTIONS_DESCRIPTION,
      resolve: (account, _args, context) => allowedActions(userAccountMachine, context.viewer, account),
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

/** The account field rules: the username trimmed, then checked; the password and roles as given. */
const username = z.string().trim().pipe(domainRule(usernameProblem));
const password = domainRule(passwordProblem);
const roles = domainRule(rolesProblem);

export const CreateUserAccountInput = builder.inputType('CreateUserAccountInput', {
  fields: (t) => ({
    username: t.string({ required: true, validate: username }),
    password: t.string({ required: true, validate: password }),
    personId: t.id({ required: true }),
    roles: t.field({ type: [RoleEnum], required: true, validate: roles }),
    dataScope: t.field({ type: DataScopeEnum, required: true }),
  }),
});

builder.queryFields((t) => ({
  me: t.prismaField({
    type: 'UserAccount',
    authScopes: { authenticated: true },
    description: 'The logged-in account',
    resolve: (query, _root, _args, context) => context.db.userAccount.findUniqueOrThrow({ ...query, where: { id: requireViewer(context).accountId } }),
  }),
  userAccounts: t.prismaConnection({
    type: 'UserAccount',
    cursor: 'id',
    authScopes: ADMINS,
    args: { filter: t.arg({ type: UserAccountFilter }) },
    resolve: (query, _root, { filter }, context) =>
      context.db.userAccount.findMany({ ...query, where: userAccountWhere(filter), orderBy: [{ username: 'asc' }] }),
    totalCount: (_connection, { filter }, context) => context.db.userAccount.count({ where: userAccountWhere(filter) }),
  }),
}));

builder.mutationFields((t) => ({
  createUserAccount: t.prismaField({
    type: 'UserAccount',
    authScopes: ADMINS,
    args: { input: t.arg({ type: CreateUserAccountInput, required: true }) },
    resolve: (query, _root, { input }, context) => createUserAccount(actingAs(context), input, query),
  }),
  disableUserAccount: t.prismaField({
    type: 'UserAccount',
    authScopes: { anyRole: userAccountMachine.rolesFor('disable') },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => disableUserAccount(actingAs(context), args, query),
  }),
  enableUserAccount: t.prismaField({
    type: 'UserAccount',
    authScopes: { anyRole: userAccountMachine.rolesFor('enable') },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => enableUserAccount(actingAs(context), args, query),
  }),
  setUserAccountRoles: t.prismaField({
    type: 'UserAccount',
    authScopes: ADMINS,
    args: {
      id: t.arg.id({ required: true }),
      roles: t.arg({ type: [RoleEnum], required: true, validate: roles }),
      dataScope: t.arg({ type: DataScopeEnum, required: true }),
    },
    resolve: (query, _root, args, context) => setUserAccountRoles(actingAs(context), args, query),
  }),
  resetUserAccountPassword: t.prismaField({
    type: 'UserAccount',
    authScopes: ADMINS,
    args: { id: t.arg.id({ required: true }), newPassword: t.arg.string({ required: true, validate: password }) },
    resolve: (query, _root, args, context) => resetUserAccountPassword(actingAs(context), args, query),
  }),
}));
