import { actingAs } from '@jiguan/shared-schema/context';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { failure, text } from '@jiguan/shared-schema/validation/input-rules';
import { z } from 'zod';
import type { Prisma } from '../../prisma/generated/client.ts';
import { AccountSetKind } from '../../prisma/generated/enums.ts';
import { closeAccountSetMonth } from '../actions/close-account-set-month.ts';
import { openAccountSet } from '../actions/open-account-set.ts';
import { builder } from '../builder.ts';
import { financeAccess } from '../domain/access.ts';
import { PersonRef } from './places.ts';
import { bookMonth, bookYear } from './validation.ts';

const AccountSetKindEnum = builder.enumType(AccountSetKind, { name: 'AccountSetKind', description: '基本账户 / 零余额账户 / 工会账户 / 食堂账户 / 专项资金账户 / 其他' });

builder.prismaObject('MonthlyClosing', {
  description: '月结: a month of an account set’s books, closed',
  fields: (t) => ({
    id: t.exposeID('id'),
    accountSet: t.relation('accountSet'),
    year: t.exposeInt('year'),
    month: t.exposeInt('month', { description: '1–12' }),
    closedAt: t.expose('closedAt', { type: 'DateTime' }),
    closedBy: t.field({ type: PersonRef, description: 'Who closed it', resolve: (closing) => ({ id: closing.closedByPersonId }) }),
  }),
});

builder.prismaObject('AccountSet', {
  description: '账套: a set of books the bureau keeps for a unit under agency bookkeeping (代理记账)',
  fields: (t) => ({
    id: t.exposeID('id'),
    organization: t.relation('organization', { description: 'The unit whose books these are' }),
    code: t.exposeString('code', { description: '账套编号' }),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: AccountSetKindEnum }),
    bankName: t.exposeString('bankName', { description: '开户银行' }),
    bankAccount: t.exposeString('bankAccount', { description: '银行账号' }),
    openedOn: t.expose('openedOn', { type: 'Date', description: '建账日期' }),
    bookkeeper: t.field({ type: PersonRef, description: '记账会计 (a directory Person)', resolve: (set) => ({ id: set.bookkeeperPersonId }) }),
    closings: t.relatedConnection('closings', {
      cursor: 'id',
      totalCount: true,
      description: 'Its closed months, latest first',
      query: { orderBy: [{ year: 'desc' }, { month: 'desc' }, { id: 'asc' }] },
    }),
    payments: t.relatedConnection('payments', {
      cursor: 'id',
      totalCount: true,
      description: 'The payments filed from it, latest first',
      query: { orderBy: [{ submittedAt: 'desc' }, { id: 'asc' }] },
    }),
    closedMonths: t.field({
      type: ['Int'],
      description: 'The months of a year closed (1–12, in order): the set’s closing status of that year',
      args: { year: t.arg.int({ required: true, validate: bookYear }) },
      select: (args) => ({ closings: { where: { year: args.year }, orderBy: { month: 'asc' as const }, select: { month: true } } }),
      resolve: (set) => set.closings.map((closing) => closing.month),
    }),
  }),
});

const accountSetOrder = orderEnum(builder, 'AccountSetOrder', {
  CODE: [{ code: 'asc' }],
  OPENED_ON_DESC: [{ openedOn: 'desc' }, { code: 'asc' }],
} satisfies Record<string, Prisma.AccountSetOrderByWithRelationInput[]>);

const AccountSetFilter = builder.inputType('AccountSetFilter', {
  fields: (t) => ({
    organizationId: t.id(),
    kind: t.field({ type: AccountSetKindEnum }),
    bookkeeperPersonId: t.id(),
    search: t.string({ description: 'Part of its code or name', validate: z.string().max(100) }),
  }),
});

function accountSetWhere(filter: typeof AccountSetFilter.$inferInput | null | undefined): Prisma.AccountSetWhereInput {
  return {
    AND: [
      filter?.organizationId ? { organizationId: filter.organizationId } : {},
      filter?.kind ? { kind: filter.kind } : {},
      filter?.bookkeeperPersonId ? { bookkeeperPersonId: filter.bookkeeperPersonId } : {},
      filter?.search ? { OR: [{ code: { contains: filter.search } }, { name: { contains: filter.search } }] } : {},
    ],
  };
}

builder.prismaObject('FinanceParameter', {
  description: 'A figure finance computes with, and where it comes from (the standard cost of keeping one unit’s books)',
  fields: (t) => ({
    key: t.exposeID('key'),
    value: t.field({ type: 'Decimal', resolve: decimalColumn('value') }),
    unit: t.exposeString('unit', { description: 'What the value is in (元/户·年)' }),
    source: t.exposeString('source', { description: 'Where the value comes from' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  accountSets: t.prismaConnection({
    type: 'AccountSet',
    cursor: 'id',
    authScopes: financeAccess.read,
    description: 'Account sets (账套) the viewer sees (a unit user: its unit’s)',
    args: { filter: t.arg({ type: AccountSetFilter }), orderBy: t.arg({ type: accountSetOrder.ref, defaultValue: accountSetOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) => context.db.accountSet.findMany({ ...query, where: accountSetWhere(filter), orderBy: [...accountSetOrder.orderBy(orderBy), { id: 'asc' }] }),
    totalCount: (_connection, { filter }, context) => context.db.accountSet.count({ where: accountSetWhere(filter) }),
  }),
  accountSet: t.prismaField({
    type: 'AccountSet',
    nullable: true,
    authScopes: financeAccess.read,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => context.db.accountSet.findUnique({ ...query, where: { id } }),
  }),
  agencyBookkeepingUnits: t.prismaConnection({
    type: 'Organization',
    cursor: 'id',
    authScopes: financeAccess.read,
    description: 'The units whose books the bureau keeps (代理记账), by id',
    resolve: (query, _root, _args, context) => context.db.organization.findMany({ ...query, where: { agencyBookkeepingSince: { not: null } }, orderBy: { id: 'asc' } }),
    totalCount: (_connection, _args, context) => context.db.organization.count({ where: { agencyBookkeepingSince: { not: null } } }),
  }),
  financeParameters: t.prismaField({
    type: ['FinanceParameter'],
    authScopes: financeAccess.read,
    description: 'The parameters finance computes with (a handful of rows)',
    resolve: (query, _root, _args, context) => context.db.financeParameter.findMany({ ...query, orderBy: { key: 'asc' }, take: 100 }),
  }),
}));

const ACCOUNT_SET_CODE = z.string().trim().superRefine((value, ctx) => {
  if (!/^[A-Z0-9-]{3,40}$/.test(value)) failure(ctx, '账套编号为 3–40 位大写字母、数字或 -', 'ACCOUNT_SET_CODE_FORMAT');
});
const BANK_ACCOUNT = z.string().trim().superRefine((value, ctx) => {
  if (!/^\d{8,30}$/.test(value)) failure(ctx, '银行账号为 8–30 位数字', 'BANK_ACCOUNT_FORMAT');
});

export const OpenAccountSetInput = builder.inputType('OpenAccountSetInput', {
  fields: (t) => ({
    organizationId: t.id({ required: true, validate: text(100), description: 'A unit under agency bookkeeping' }),
    code: t.string({ required: true, validate: ACCOUNT_SET_CODE, description: '账套编号, unique' }),
    name: t.string({ required: true, validate: text(100) }),
    kind: t.field({ type: AccountSetKindEnum, required: true }),
    bankName: t.string({ required: true, validate: text(100) }),
    bankAccount: t.string({ required: true, validate: BANK_ACCOUNT }),
    openedOn: t.field({ type: 'Date', required: true, description: '建账日期' }),
    bookkeeperPersonId: t.id({ required: true, validate: text(100), description: 'The directory Person who keeps the books' }),
  }),
});

export const CloseAccountSetMonthInput = builder.inputType('CloseAccountSetMonthInput', {
  fields: (t) => ({
    accountSetId: t.id({ required: true, validate: text(100) }),
    year: t.int({ required: true, validate: bookYear }),
    month: t.int({ required: true, validate: bookMonth }),
  }),
});

builder.mutationFields((t) => ({
  openAccountSet: t.prismaField({
    type: 'AccountSet',
    authScopes: financeAccess.write,
    description: '建账: open an account set for a unit under agency bookkeeping (finance staff)',
    args: { input: t.arg({ type: OpenAccountSetInput, required: true }) },
    resolve: (query, _root, { input }, context) => openAccountSet(actingAs(context), context, input, query),
  }),
  closeAccountSetMonth: t.prismaField({
    type: 'MonthlyClosing',
    authScopes: financeAccess.write,
    description: '月结: close an ended month of an account set, once, after the month before (finance staff)',
    args: { input: t.arg({ type: CloseAccountSetMonthInput, required: true }) },
    resolve: (query, _root, { input }, context) => closeAccountSetMonth(actingAs(context), input, query),
  }),
}));
