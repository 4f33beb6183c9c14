import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { payrollMachine } from '../domain/payroll.ts';

export type PayrollRunQuery = Pick<Prisma.PayrollRunFindUniqueArgs, 'select' | 'include'>;

/** The 工资发放 workflow (DRAFT → CHECKED → PAID). */
export const payrollWorkflow = defineWorkflow({
  entity: 'PayrollRun',
  noun: '工资发放批次',
  machine: payrollMachine,
  load: (tx: Prisma.TransactionClient, id: string) => tx.payrollRun.findUnique({ where: { id } }),
  move: async (tx, { row, from, to, data }) => (await tx.payrollRun.updateMany({ where: { id: row.id, status: from }, data: { status: to, ...data } })).count,
  read: (tx, id, query: PayrollRunQuery | undefined) => tx.payrollRun.findUniqueOrThrow({ ...query, where: { id } }),
});
