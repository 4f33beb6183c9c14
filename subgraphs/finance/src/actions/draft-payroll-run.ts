import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError, ConflictError } from '@jiguan/shared-schema/errors';
import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import type { DirectoryChecks, FinanceActionContext } from '../context.ts';
import { netPay } from '../domain/payroll.ts';
import type { DraftPayrollRunInput } from '../schema/payroll.ts';
import type { PayrollRunQuery } from './payroll-workflow.ts';

/**
 * 工资发放 drafted: finance staff enter a unit's payroll of a month, one line per person (net =
 * gross − deductions, computed here in decimals); one run per unit and month. The unit and the
 * people are asked of the directory before the transaction opens.
 */
export async function draftPayrollRun({ actor, db }: FinanceActionContext, directory: DirectoryChecks, input: typeof DraftPayrollRunInput.$inferInput, query?: PayrollRunQuery) {
  await directory.requireDirectoryUnit(input.organizationId, 'input.organizationId');
  await directory.requireDirectoryPeople(input.lines.map((line) => line.personId), 'input.lines');
  const lines = input.lines.map((line, index) => {
    const net = netPay(line.gross, line.deductions);
    // The input rule refuses it first; kept so a caller of the action cannot write a negative net.
    if (!net) throw new BadUserInputError('扣款不能大于应发', `input.lines.${index}.deductions`, { reason: 'DEDUCTIONS_EXCEED_GROSS' });
    return { personId: line.personId, gross: line.gross, deductions: line.deductions, net: net.toFixed(2) };
  });
  try {
    return await db.$transaction(async (tx) => {
      await tx.organization.upsert({ where: { id: input.organizationId }, create: { id: input.organizationId }, update: {} });
      const run = await tx.payrollRun.create({
        data: { organizationId: input.organizationId, year: input.year, month: input.month, status: 'DRAFT', draftedAt: new Date(), draftedByPersonId: actor.personId ?? actor.accountId, lines: { createMany: { data: lines } } },
      });
      await recordAudit(tx, { actor, action: 'payrollRun.draft', entity: 'PayrollRun', entityId: run.id, before: null, after: { ...auditSnapshot(run), lines: lines.length } });
      return tx.payrollRun.findUniqueOrThrow({ ...query, where: { id: run.id } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`该单位 ${input.year} 年 ${input.month} 月的工资已编制`, { reason: 'PAYROLL_RUN_EXISTS', params: { year: input.year, month: input.month } });
    throw error;
  }
}
