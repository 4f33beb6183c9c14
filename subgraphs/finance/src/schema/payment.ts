import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { failure, optionalText, text } from '@jiguan/shared-schema/validation/input-rules';
import { z } from 'zod';
import type { Prisma } from '../../prisma/generated/client.ts';
import { PaymentStatus } from '../../prisma/generated/enums.ts';
import { payPayment } from '../actions/pay-payment.ts';
import { returnPayment } from '../actions/return-payment.ts';
import { reviewPayment } from '../actions/review-payment.ts';
import { submitPayment } from '../actions/submit-payment.ts';
import { builder } from '../builder.ts';
import { financeAccess } from '../domain/access.ts';
import { attachmentNameProblem, MAX_ATTACHMENTS, PAYMENT_SUBMITTERS, paymentMachine } from '../domain/payment.ts';
import { PersonRef } from './places.ts';
import { money } from './validation.ts';

const PaymentStatusEnum = builder.enumType(PaymentStatus, { name: 'PaymentStatus', description: '已提交 / 已审核 / 已支付 / 已退回' });
const PaymentActionEnum = actionEnum(builder, 'PaymentAction', paymentMachine);

builder.prismaObject('EconomicClassification', {
  description: '支出经济分类科目: what a payment is spent on',
  fields: (t) => ({ code: t.exposeID('code'), name: t.exposeString('name') }),
});

const person = (column: 'submittedByPersonId' | 'reviewedByPersonId' | 'paidByPersonId' | 'returnedByPersonId', description: string) =>
  ({ type: PersonRef, nullable: true, description, resolve: (row: Record<typeof column, string | null>) => (row[column] ? { id: row[column] } : null) }) as const;

builder.prismaObject('PaymentRequest', {
  description: '支付申请: a payment a unit asked the bureau to make from one of its account sets',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number', { description: '支付单号' }),
    organization: t.relation('organization', { description: 'The paying unit' }),
    accountSet: t.relation('accountSet'),
    payeeName: t.exposeString('payeeName', { description: '收款人' }),
    payeeAccount: t.exposeString('payeeAccount', { nullable: true, description: '收款账号' }),
    amount: t.field({ type: 'Decimal', description: 'Yuan', resolve: decimalColumn('amount') }),
    economicClassification: t.relation('economicClassification', { description: '经济分类' }),
    purpose: t.exposeString('purpose', { description: '用途' }),
    attachmentNames: t.exposeStringList('attachmentNames', { description: 'The attached documents’ names' }),
    status: t.expose('status', { type: PaymentStatusEnum }),
    submittedBy: t.field(person('submittedByPersonId', 'Who filed it')),
    submittedAt: t.expose('submittedAt', { type: 'DateTime' }),
    reviewedBy: t.field(person('reviewedByPersonId', 'Who reviewed it')),
    reviewedAt: t.expose('reviewedAt', { type: 'DateTime', nullable: true }),
    paidBy: t.field(person('paidByPersonId', 'Who paid it')),
    paidAt: t.expose('paidAt', { type: 'DateTime', nullable: true }),
    returnedBy: t.field(person('returnedByPersonId', 'Who returned it')),
    returnedAt: t.expose('returnedAt', { type: 'DateTime', nullable: true }),
    returnReason: t.exposeString('returnReason', { nullable: true, description: '退回原因' }),
    allowedActions: t.field({ type: [PaymentActionEnum], description: ALLOWED_ACTIONS_DESCRIPTION, resolve: (payment, _args, context) => allowedActions(paymentMachine, context.viewer, payment) }),
  }),
});

const paymentOrder = orderEnum(builder, 'PaymentOrder', {
  SUBMITTED_AT_DESC: [{ submittedAt: 'desc' }, { id: 'asc' }],
  PAID_AT_DESC: [{ paidAt: 'desc' }, { id: 'asc' }],
  AMOUNT_DESC: [{ amount: 'desc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.PaymentRequestOrderByWithRelationInput[]>);

const PaymentFilter = builder.inputType('PaymentFilter', {
  fields: (t) => ({
    status: t.field({ type: PaymentStatusEnum }),
    organizationId: t.id(),
    accountSetId: t.id(),
    economicClassificationCode: t.id({ description: 'The classification or one under it (302 takes 30201 …)' }),
    paidFrom: t.field({ type: 'DateTime', description: 'Paid at or after' }),
    paidBefore: t.field({ type: 'DateTime', description: 'Paid before' }),
    search: t.string({ description: 'Part of its number, payee or purpose', validate: z.string().max(100) }),
  }),
});

function paymentWhere(filter: typeof PaymentFilter.$inferInput | null | undefined): Prisma.PaymentRequestWhereInput {
  return {
    AND: [
      filter?.status ? { status: filter.status } : {},
      filter?.organizationId ? { organizationId: filter.organizationId } : {},
      filter?.accountSetId ? { accountSetId: filter.accountSetId } : {},
      filter?.economicClassificationCode ? { economicClassificationCode: { startsWith: filter.economicClassificationCode } } : {},
      filter?.paidFrom ? { paidAt: { gte: filter.paidFrom } } : {},
      filter?.paidBefore ? { paidAt: { lt: filter.paidBefore } } : {},
      filter?.search ? { OR: [{ number: { contains: filter.search } }, { payeeName: { contains: filter.search } }, { purpose: { contains: filter.search } }] } : {},
    ],
  };
}

builder.queryFields((t) => ({
  payments: t.prismaConnection({
    type: 'PaymentRequest',
    cursor: 'id',
    authScopes: financeAccess.read,
    description: 'Payment requests the viewer sees (a unit user: its unit’s)',
    args: { filter: t.arg({ type: PaymentFilter }), orderBy: t.arg({ type: paymentOrder.ref, defaultValue: paymentOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) => context.db.paymentRequest.findMany({ ...query, where: paymentWhere(filter), orderBy: paymentOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.paymentRequest.count({ where: paymentWhere(filter) }),
  }),
  payment: t.prismaField({
    type: 'PaymentRequest',
    nullable: true,
    authScopes: financeAccess.read,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => context.db.paymentRequest.findUnique({ ...query, where: { id } }),
  }),
  economicClassifications: t.prismaField({
    type: ['EconomicClassification'],
    authScopes: financeAccess.read,
    description: 'The classifications a payment may name (a short list), by code',
    resolve: (query, _root, _args, context) => context.db.economicClassification.findMany({ ...query, orderBy: { code: 'asc' }, take: 500 }),
  }),
}));

const ATTACHMENTS = z.array(z.string()).superRefine((names, ctx) => {
  if (names.length > MAX_ATTACHMENTS) return failure(ctx, `附件不超过 ${MAX_ATTACHMENTS} 个`, 'TOO_MANY_ATTACHMENTS', { max: MAX_ATTACHMENTS });
  names.forEach((name, index) => {
    const problem = attachmentNameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', path: [index], message: problem, params: { reason: 'ATTACHMENT_NAME' } });
  });
});
const PAYEE_ACCOUNT = z.string().trim().superRefine((value, ctx) => {
  if (!/^\d{8,30}$/.test(value)) failure(ctx, '收款账号为 8–30 位数字', 'BANK_ACCOUNT_FORMAT');
}).nullish();

export const SubmitPaymentInput = builder.inputType('SubmitPaymentInput', {
  fields: (t) => ({
    accountSetId: t.id({ required: true, validate: text(100), description: 'The paying account set (a unit user: one of its unit’s); the paying unit is the set’s' }),
    payeeName: t.string({ required: true, validate: text(100) }),
    payeeAccount: t.string({ validate: PAYEE_ACCOUNT }),
    amount: t.field({ type: 'Decimal', required: true, validate: money, description: 'Yuan, > 0, 2 decimals at most' }),
    economicClassificationCode: t.id({ required: true, validate: text(20) }),
    purpose: t.string({ required: true, validate: text(500) }),
    attachmentNames: t.stringList({ validate: ATTACHMENTS, description: `Up to ${MAX_ATTACHMENTS} file names` }),
  }),
});

const id = () => ({ required: true as const, validate: text(100) });
const PaymentStepInput = builder.inputType('PaymentStepInput', { fields: (t) => ({ id: t.id(id()) }) });
const ReturnPaymentInput = builder.inputType('ReturnPaymentInput', {
  fields: (t) => ({ id: t.id(id()), reason: t.string({ required: true, validate: text(500), description: '退回原因, told to the unit' }) }),
});

builder.mutationFields((t) => ({
  submitPayment: t.prismaField({
    type: 'PaymentRequest',
    authScopes: { anyRole: [...PAYMENT_SUBMITTERS] },
    description: '支付申请: a unit user files a payment from its unit’s account set (finance staff from any)',
    args: { input: t.arg({ type: SubmitPaymentInput, required: true }) },
    resolve: (query, _root, { input }, context) => submitPayment(actingAs(context), input, query),
  }),
  reviewPayment: t.prismaField({
    type: 'PaymentRequest',
    authScopes: { anyRole: paymentMachine.rolesFor('review') },
    description: 'SUBMITTED → REVIEWED (审核, finance staff)',
    args: { input: t.arg({ type: PaymentStepInput, required: true }) },
    resolve: (query, _root, { input }, context) => reviewPayment(actingAs(context), input, query),
  }),
  payPayment: t.prismaField({
    type: 'PaymentRequest',
    authScopes: { anyRole: paymentMachine.rolesFor('pay') },
    description: 'REVIEWED → PAID (支付, finance staff): once, whatever runs at the same time',
    args: { input: t.arg({ type: PaymentStepInput, required: true }) },
    resolve: (query, _root, { input }, context) => payPayment(actingAs(context), input, query),
  }),
  returnPayment: t.prismaField({
    type: 'PaymentRequest',
    authScopes: { anyRole: paymentMachine.rolesFor('return') },
    description: 'SUBMITTED / REVIEWED → RETURNED (退回) with a reason (finance staff)',
    args: { input: t.arg({ type: ReturnPaymentInput, required: true }) },
    resolve: (query, _root, { input }, context) => returnPayment(actingAs(context), input, query),
  }),
}));
