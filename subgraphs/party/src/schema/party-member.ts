import { actingAs, requireViewer } from '@jiguan/shared-schema/context';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { amount, optionalText, text } from '@jiguan/shared-schema/validation/input-rules';
import { z } from 'zod';
import type { Prisma } from '../../prisma/generated/client.ts';
import { declareMemberIncome } from '../actions/declare-member-income.ts';
import { recordDuesPayment } from '../actions/record-dues-payment.ts';
import { transferMemberIn } from '../actions/transfer-member-in.ts';
import { transferMemberOut } from '../actions/transfer-member-out.ts';
import { builder } from '../builder.ts';
import { BRANCH_MANAGERS, partyAccess } from '../domain/access.ts';
import { duesRate, monthlyDues, unpaidMonths } from '../domain/dues.ts';
import { membershipDatesProblem } from '../domain/party-member.ts';
import { MemberStatusEnum, TransferDirectionEnum } from './enums.ts';
import { PersonRef } from './person.ts';
import { inYear, YEAR_ARG } from './year-filter.ts';

const yearWhere = (year: number | null | undefined): Prisma.DuesPaymentWhereInput => (year ? { month: inYear(year) } : {});

export const PartyMemberRef = builder.prismaObject('PartyMember', {
  description: 'A Party member: a person of the directory in one of the bureau’s branches. Visible to the person, their branch’s secretary and Party staff',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: PersonRef, resolve: (member) => ({ id: member.personId }) }),
    branch: t.relation('branch'),
    status: t.expose('status', { type: MemberStatusEnum }),
    joinedOn: t.expose('joinedOn', { type: 'Date', description: 'Admitted as a probationary member (入党时间)' }),
    fullOn: t.expose('fullOn', { type: 'Date', nullable: true, description: '转正时间' }),
    monthlyIncome: t.field({ type: 'Decimal', description: 'The declared monthly income, yuan', resolve: decimalColumn('monthlyIncome') }),
    duesRate: t.field({ type: 'Decimal', description: 'The bracket’s rate at that income (0.005 … 0.02)', resolve: (member) => duesRate(member.monthlyIncome).toString() }),
    monthlyDues: t.field({ type: 'Decimal', description: 'Dues a month at that income, yuan', resolve: (member) => monthlyDues(member.monthlyIncome).toFixed(2) }),
    dues: t.relatedConnection('dues', {
      cursor: 'id',
      totalCount: true,
      description: 'Months paid, newest first',
      args: { year: t.arg.int({ validate: YEAR_ARG }) },
      query: ({ year }) => ({ where: yearWhere(year), orderBy: [{ month: 'desc' }, { id: 'asc' }] }),
    }),
    unpaidMonths: t.field({
      type: ['Date'],
      description: 'The months of the year up to this one, since joining, with no payment (欠缴月份)',
      args: { year: t.arg.int({ required: true, validate: YEAR_ARG }) },
      select: ({ year }) => ({ joinedOn: true, dues: { where: yearWhere(year), select: { month: true } } }),
      resolve: (member, { year }) => unpaidMonths(year, member, member.dues.map((paid) => paid.month), businessDate()),
    }),
    transfers: t.relatedConnection('transfers', { cursor: 'id', totalCount: true, query: { orderBy: [{ transferredOn: 'desc' }, { id: 'asc' }] } }),
  }),
});

builder.asEntity(PartyMemberRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, context) => context.db.partyMember.findUnique({ where: { id } }),
});

builder.prismaObject('DuesPayment', {
  description: 'Party dues of one month, paid: the income and rate they were computed by',
  fields: (t) => ({
    id: t.exposeID('id'),
    member: t.relation('member'),
    month: t.expose('month', { type: 'Date', description: 'The first day of the month paid for' }),
    baseIncome: t.field({ type: 'Decimal', resolve: decimalColumn('baseIncome') }),
    rate: t.field({ type: 'Decimal', resolve: (payment) => payment.rate.toString() }),
    amount: t.field({ type: 'Decimal', resolve: decimalColumn('amount') }),
    paidOn: t.expose('paidOn', { type: 'Date' }),
  }),
});

builder.prismaObject('MembershipTransfer', {
  description: '组织关系转接: a membership moved in or out',
  fields: (t) => ({
    id: t.exposeID('id'),
    member: t.relation('member'),
    direction: t.expose('direction', { type: TransferDirectionEnum }),
    transferredOn: t.expose('transferredOn', { type: 'Date' }),
    counterpart: t.exposeString('counterpart', { description: 'The organisation it came from or went to' }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const memberOrder = orderEnum(builder, 'PartyMemberOrder', {
  JOINED_ON_ASC: [{ joinedOn: 'asc' }, { id: 'asc' }],
  JOINED_ON_DESC: [{ joinedOn: 'desc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.PartyMemberOrderByWithRelationInput[]>);

const PartyMemberFilter = builder.inputType('PartyMemberFilter', {
  fields: (t) => ({
    branchId: t.id(),
    status: t.field({ type: MemberStatusEnum }),
    personIds: t.idList({ description: 'These people’s memberships (a people search’s result)' }),
  }),
});

function partyMemberWhere(filter: typeof PartyMemberFilter.$inferInput | null | undefined): Prisma.PartyMemberWhereInput {
  return {
    AND: [
      filter?.branchId ? { branchId: filter.branchId } : {},
      filter?.status ? { status: filter.status } : {},
      filter?.personIds ? { personId: { in: [...filter.personIds] } } : {},
    ],
  };
}

builder.queryFields((t) => ({
  partyMembers: t.prismaConnection({
    type: 'PartyMember',
    cursor: 'id',
    authScopes: partyAccess.read,
    description: 'Members the viewer may see: every one for Party staff, leaders and admins; a secretary their branch’s; a member themself',
    args: { filter: t.arg({ type: PartyMemberFilter }), orderBy: t.arg({ type: memberOrder.ref, defaultValue: memberOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.partyMember.findMany({ ...query, where: partyMemberWhere(filter), orderBy: memberOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.partyMember.count({ where: partyMemberWhere(filter) }),
  }),
  partyMember: t.prismaField({
    type: 'PartyMember',
    nullable: true,
    authScopes: partyAccess.read,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => context.db.partyMember.findUnique({ ...query, where: { id } }),
  }),
  myPartyMembership: t.prismaField({
    type: 'PartyMember',
    nullable: true,
    authScopes: partyAccess.read,
    description: 'The viewer’s own membership, or null',
    resolve: (query, _root, _args, context) => {
      const { personId } = requireViewer(context);
      return personId ? context.db.partyMember.findUnique({ ...query, where: { personId } }) : null;
    },
  }),
}));

export const TransferMemberInInput = builder.inputType('TransferMemberInInput', {
  validate: domainRule(membershipDatesProblem),
  fields: (t) => ({
    personId: t.id({ required: true }),
    branchId: t.id({ required: true }),
    status: t.field({ type: MemberStatusEnum, required: true, description: 'PROBATIONARY or FULL' }),
    joinedOn: t.field({ type: 'Date', required: true, description: '入党时间' }),
    fullOn: t.field({ type: 'Date', description: '转正时间, for a full member' }),
    monthlyIncome: t.field({ type: 'Decimal', required: true, validate: amount }),
    transferredOn: t.field({ type: 'Date', required: true }),
    counterpart: t.string({ required: true, validate: text(200), description: 'The organisation it comes from' }),
    note: t.string({ validate: optionalText(500) }),
  }),
});

export const TransferMemberOutInput = builder.inputType('TransferMemberOutInput', {
  fields: (t) => ({
    memberId: t.id({ required: true }),
    transferredOn: t.field({ type: 'Date', required: true }),
    counterpart: t.string({ required: true, validate: text(200), description: 'The organisation it goes to' }),
    note: t.string({ validate: optionalText(500) }),
  }),
});

export const DeclareMemberIncomeInput = builder.inputType('DeclareMemberIncomeInput', {
  fields: (t) => ({ memberId: t.id({ required: true }), monthlyIncome: t.field({ type: 'Decimal', required: true, validate: amount }) }),
});

export const RecordDuesPaymentInput = builder.inputType('RecordDuesPaymentInput', {
  fields: (t) => ({
    memberId: t.id({ required: true }),
    months: t.field({
      type: ['Date'],
      required: true,
      description: 'The months paid for (any day of each; 1 to 12)',
      validate: z.array(z.date()).min(1, { message: '至少选择一个月份' }).max(12, { message: '一次最多 12 个月' }),
    }),
    paidOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationFields((t) => ({
  transferMemberIn: t.prismaField({
    type: 'PartyMember',
    authScopes: partyAccess.write,
    description: '组织关系转入',
    args: { input: t.arg({ type: TransferMemberInInput, required: true }) },
    resolve: (query, _root, { input }, context) => transferMemberIn(actingAs(context), context, input, query),
  }),
  transferMemberOut: t.prismaField({
    type: 'PartyMember',
    authScopes: partyAccess.write,
    description: '组织关系转出',
    args: { input: t.arg({ type: TransferMemberOutInput, required: true }) },
    resolve: (query, _root, { input }, context) => transferMemberOut(actingAs(context), input, query),
  }),
  declareMemberIncome: t.prismaField({
    type: 'PartyMember',
    authScopes: partyAccess.write,
    args: { input: t.arg({ type: DeclareMemberIncomeInput, required: true }) },
    resolve: (query, _root, { input }, context) => declareMemberIncome(actingAs(context), input, query),
  }),
  recordDuesPayment: t.prismaField({
    type: 'PartyMember',
    authScopes: { anyRole: BRANCH_MANAGERS },
    description: 'Dues paid for months, at the declared income’s bracket (Party staff, or the branch’s secretary)',
    args: { input: t.arg({ type: RecordDuesPaymentInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordDuesPayment(actingAs(context), input, query),
  }),
}));
