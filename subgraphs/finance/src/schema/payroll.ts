import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { amount, failure, text } from '@jiguan/shared-schema/validation/input-rules';
import { z } from 'zod';
import type { Prisma } from '../../prisma/generated/client.ts';
import { PayrollRunStatus } from '../../prisma/generated/enums.ts';
import { checkPayrollRun } from '../actions/check-payroll-run.ts';
import { draftPayrollRun } from '../actions/draft-payroll-run.ts';
import { payPayrollRun } from '../actions/pay-payroll-run.ts';
import { builder } from '../builder.ts';
import { financeAccess } from '../domain/access.ts';
import { MAX_PAYROLL_LINES, maySeeSalaryLine, netPay, payrollMachine } from '../domain/payroll.ts';
import { PersonRef } from './places.ts';
import { bookMonth, bookYear, MAX_AMOUNT } from './validation.ts';

const PayrollRunStatusEnum = builder.enumType(PayrollRunStatus, { name: 'PayrollRunStatus', description: '草稿 / 已复核 / 已发放' });
const PayrollRunActionEnum = actionEnum(builder, 'PayrollRunAction', payrollMachine);

builder.prismaObject('PayrollLine', {
  description: 'A person’s salary line of a payroll run: visible to finance staff and to the person only',
  // Row scope keeps other people's lines from unit users; this keeps them from leaders and admins' other readers too.
  authScopes: (line, context) => maySeeSalaryLine(context.viewer, line),
  fields: (t) => ({
    id: t.exposeID('id'),
    run: t.relation('run'),
    person: t.field({ type: PersonRef, resolve: (line) => ({ id: line.personId }) }),
    gross: t.field({ type: 'Decimal', description: '应发, yuan', resolve: decimalColumn('gross') }),
    deductions: t.field({ type: 'Decimal', description: '扣款, yuan', resolve: decimalColumn('deductions') }),
    net: t.field({ type: 'Decimal', description: '实发 = gross − deductions, yuan', resolve: decimalColumn('net') }),
  }),
});

const person = (column: 'draftedByPersonId' | 'checkedByPersonId' | 'paidByPersonId') =>
  ({ type: PersonRef, nullable: true, resolve: (row: Record<typeof column, string | null>) => (row[column] ? { id: row[column] } : null) }) as const;

builder.prismaObject('PayrollRun', {
  description: '工资发放: one unit’s payroll of one month',
  fields: (t) => ({
    id: t.exposeID('id'),
    organization: t.relation('organization'),
    year: t.exposeInt('year'),
    month: t.exposeInt('month'),
    status: t.expose('status', { type: PayrollRunStatusEnum }),
    draftedAt: t.expose('draftedAt', { type: 'DateTime' }),
    draftedBy: t.field(person('draftedByPersonId')),
    checkedAt: t.expose('checkedAt', { type: 'DateTime', nullable: true }),
    checkedBy: t.field(person('checkedByPersonId')),
    paidAt: t.expose('paidAt', { type: 'DateTime', nullable: true }),
    paidBy: t.field(person('paidByPersonId')),
    lines: t.relatedConnection('lines', {
      cursor: 'id',
      totalCount: true,
      description: 'Its salary lines the viewer may see: all for finance staff, a person’s own for them',
      query: { orderBy: [{ personId: 'asc' }, { id: 'asc' }] },
    }),
    allowedActions: t.field({ type: [PayrollRunActionEnum], description: ALLOWED_ACTIONS_DESCRIPTION, resolve: (run, _args, context) => allowedActions(payrollMachine, context.viewer, run) }),
  }),
});

const payrollRunOrder = orderEnum(builder, 'PayrollRunOrder', {
  PERIOD_DESC: [{ year: 'desc' }, { month: 'desc' }, { organizationId: 'asc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.PayrollRunOrderByWithRelationInput[]>);

const PayrollRunFilter = builder.inputType('PayrollRunFilter', {
  fields: (t) => ({ organizationId: t.id(), year: t.int({ validate: bookYear }), month: t.int({ validate: bookMonth }), status: t.field({ type: PayrollRunStatusEnum }) }),
});

const payrollRunWhere = (filter: typeof PayrollRunFilter.$inferInput | null | undefined): Prisma.PayrollRunWhereInput => ({
  AND: [
    filter?.organizationId ? { organizationId: filter.organizationId } : {},
    filter?.year ? { year: filter.year } : {},
    filter?.month ? { month: filter.month } : {},
    filter?.status ? { status: filter.status } : {},
  ],
});

const PayrollLineFilter = builder.inputType('PayrollLineFilter', {
  fields: (t) => ({ personId: t.id(), year: t.int({ validate: bookYear }) }),
});

/** Finance staff's filter as given; everybody else's narrowed to their own lines (leaders see every row, but not salaries). */
function payrollLineWhere(filter: typeof PayrollLineFilter.$inferInput | null | undefined, viewer: Viewer | null): Prisma.PayrollLineWhereInput {
  const own = maySeeSalaryLine(viewer, { personId: '' }) ? {} : { personId: viewer?.personId ?? '' };
  return { AND: [own, filter?.personId ? { personId: filter.personId } : {}, filter?.year ? { run: { year: filter.year } } : {}] };
}

builder.queryFields((t) => ({
  payrollRuns: t.prismaConnection({
    type: 'PayrollRun',
    cursor: 'id',
    authScopes: financeAccess.read,
    description: 'Payroll runs the viewer sees (a unit user: its unit’s, with only its own lines)',
    args: { filter: t.arg({ type: PayrollRunFilter }), orderBy: t.arg({ type: payrollRunOrder.ref, defaultValue: payrollRunOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) => context.db.payrollRun.findMany({ ...query, where: payrollRunWhere(filter), orderBy: payrollRunOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.payrollRun.count({ where: payrollRunWhere(filter) }),
  }),
  payrollRun: t.prismaField({
    type: 'PayrollRun',
    nullable: true,
    authScopes: financeAccess.read,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => context.db.payrollRun.findUnique({ ...query, where: { id } }),
  }),
  payrollLines: t.prismaConnection({
    type: 'PayrollLine',
    cursor: 'id',
    authScopes: financeAccess.read,
    description: 'Salary lines: finance staff any person’s, everybody else their own (the lines of other people are not there)',
    args: { filter: t.arg({ type: PayrollLineFilter }) },
    resolve: (query, _root, { filter }, context) =>
      context.db.payrollLine.findMany({ ...query, where: payrollLineWhere(filter, context.viewer), orderBy: [{ run: { year: 'desc' } }, { run: { month: 'desc' } }, { id: 'asc' }] }),
    totalCount: (_connection, { filter }, context) => context.db.payrollLine.count({ where: payrollLineWhere(filter, context.viewer) }),
  }),
}));

const money0 = amount.superRefine((value, ctx) => {
  if (/^\d+(\.\d{1,2})?$/.test(value) && Number(value) > Number(MAX_AMOUNT)) failure(ctx, '金额过大', 'TOO_LARGE', { max: MAX_AMOUNT });
});

const PayrollLineInput = builder.inputType('PayrollLineInput', {
  fields: (t) => ({
    personId: t.id({ required: true, validate: text(100) }),
    gross: t.field({ type: 'Decimal', required: true, validate: money0, description: '应发, yuan' }),
    deductions: t.field({ type: 'Decimal', required: true, validate: money0, description: '扣款, yuan: at most the gross' }),
  }),
});

const LINES = z.array(z.object({ personId: z.string(), gross: z.string(), deductions: z.string() })).superRefine((lines, ctx) => {
  if (lines.length === 0) return failure(ctx, '至少一行', 'TOO_SMALL', { min: 1 });
  if (lines.length > MAX_PAYROLL_LINES) return failure(ctx, `每批不超过 ${MAX_PAYROLL_LINES} 行`, 'TOO_LARGE', { max: MAX_PAYROLL_LINES });
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    if (seen.has(line.personId)) ctx.addIssue({ code: 'custom', path: [index, 'personId'], message: '同一人员只能有一行', params: { reason: 'DUPLICATE_PERSON' } });
    seen.add(line.personId);
    if (/^\d+(\.\d{1,2})?$/.test(line.gross) && /^\d+(\.\d{1,2})?$/.test(line.deductions) && !netPay(line.gross, line.deductions)) {
      ctx.addIssue({ code: 'custom', path: [index, 'deductions'], message: '扣款不能大于应发', params: { reason: 'DEDUCTIONS_EXCEED_GROSS' } });
    }
  });
});

export const DraftPayrollRunInput = builder.inputType('DraftPayrollRunInput', {
  fields: (t) => ({
    organizationId: t.id({ required: true, validate: text(100) }),
    year: t.int({ required: true, validate: bookYear }),
    month: t.int({ required: true, validate: bookMonth }),
    lines: t.field({ type: [PayrollLineInput], required: true, validate: LINES, description: `One line per person, 1–${MAX_PAYROLL_LINES}` }),
  }),
});

const PayrollRunStepInput = builder.inputType('PayrollRunStepInput', { fields: (t) => ({ id: t.id({ required: true, validate: text(100) }) }) });

builder.mutationFields((t) => ({
  draftPayrollRun: t.prismaField({
    type: 'PayrollRun',
    authScopes: financeAccess.write,
    description: '工资编制: a unit’s payroll of a month, one line per person (finance staff); one run per unit and month',
    args: { input: t.arg({ type: DraftPayrollRunInput, required: true }) },
    resolve: (query, _root, { input }, context) => draftPayrollRun(actingAs(context), context, input, query),
  }),
  checkPayrollRun: t.prismaField({
    type: 'PayrollRun',
    authScopes: { anyRole: payrollMachine.rolesFor('check') },
    description: 'DRAFT → CHECKED (复核, finance staff)',
    args: { input: t.arg({ type: PayrollRunStepInput, required: true }) },
    resolve: (query, _root, { input }, context) => checkPayrollRun(actingAs(context), input, query),
  }),
  payPayrollRun: t.prismaField({
    type: 'PayrollRun',
    authScopes: { anyRole: payrollMachine.rolesFor('pay') },
    description: 'CHECKED → PAID (发放, finance staff): once',
    args: { input: t.arg({ type: PayrollRunStepInput, required: true }) },
    resolve: (query, _root, { input }, context) => payPayrollRun(actingAs(context), input, query),
  }),
}));
