import { actingAs } from '@jiguan/shared-schema/context';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { createBiDatabaseLogin } from '../actions/create-bi-database-login.ts';
import { dropBiDatabaseLogin } from '../actions/drop-bi-database-login.ts';
import { listBiDatabaseLogins, requireBiDatabase, type BiDatabaseLoginRow } from '../bi/bi-database.ts';
import { builder } from '../builder.ts';
import { databasePasswordProblem, loginNameProblem } from '../domain/bi-database-login.ts';
import { unitIdsProblem } from '../domain/bi-api-key.ts';
import { OrganizationRef } from './organization.ts';
import { unitsOfIds } from './units-of-ids.ts';

const ADMINS = { anyRole: ['ADMIN' as const] };
const loginName = domainRule(loginNameProblem);

const BiDatabaseLoginRef = builder.objectRef<BiDatabaseLoginRow>('BiDatabaseLogin').implement({
  description: 'A PostgreSQL login for a BI tool (Superset, Metabase, FineBI …): a member of the read-only role jiguan_bi, its rows narrowed to its units',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The login (role) name, bi_…' }),
    unitIds: t.exposeIDList('unitIds', { nullable: true, description: 'The units whose rows it sees; null: every unit' }),
    units: t.field({
      type: [OrganizationRef],
      nullable: true,
      description: 'The units of `unitIds`; null: every unit',
      resolve: (login, _args, context) => unitsOfIds(context, login.unitIds),
    }),
  }),
});

export const CreateBiDatabaseLoginInput = builder.inputType('CreateBiDatabaseLoginInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: loginName, description: 'bi_ and lower-case letters, digits or _, at most 40 characters' }),
    unitIds: t.idList({ description: 'Units (directory Organization ids) whose rows it sees; null: every unit', validate: domainRule(unitIdsProblem) }),
    password: t.string({ required: true, validate: domainRule(databasePasswordProblem), description: '12–64 printable ASCII characters with letters and digits; stored only as its SCRAM-SHA-256 verifier' }),
  }),
});

builder.queryFields((t) => ({
  biDatabaseLogins: t.field({
    type: [BiDatabaseLoginRef],
    authScopes: ADMINS,
    description: 'The BI tools’ PostgreSQL logins in name order',
    args: { first: t.arg.int({ defaultValue: 50, description: 'At most this many (1–200)' }) },
    resolve: (_root, { first }, context) =>
      context.db.$transaction(async (tx) => {
        await requireBiDatabase(tx);
        return listBiDatabaseLogins(tx, first ?? 50);
      }),
  }),
}));

builder.mutationFields((t) => ({
  createBiDatabaseLogin: t.field({
    type: BiDatabaseLoginRef,
    authScopes: ADMINS,
    args: { input: t.arg({ type: CreateBiDatabaseLoginInput, required: true }) },
    resolve: (_root, { input }, context) => createBiDatabaseLogin(actingAs(context), input),
  }),
  dropBiDatabaseLogin: t.field({
    type: BiDatabaseLoginRef,
    authScopes: ADMINS,
    description: 'Drops the login and its scope; its open sessions are ended',
    args: { name: t.arg.string({ required: true, validate: loginName }) },
    resolve: (_root, { name }, context) => dropBiDatabaseLogin(actingAs(context), name),
  }),
}));
