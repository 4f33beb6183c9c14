import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { ConflictError, NotFoundError, refusalError } from '@jiguan/shared-schema/errors';
import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import type { FinanceActionContext } from '../context.ts';
import { closingProblem, previousMonth } from '../domain/bookkeeping.ts';
import type { CloseAccountSetMonthInput } from '../schema/account-set.ts';

/** 月结: finance staff close a month of an account set's books, once, in order from the opening month. */
export async function closeAccountSetMonth({ actor, db }: FinanceActionContext, input: typeof CloseAccountSetMonthInput.$inferInput, query?: object) {
  try {
    return await db.$transaction(async (tx) => {
      const set = await tx.accountSet.findUnique({ where: { id: input.accountSetId } });
      if (!set) throw new NotFoundError('账套', input.accountSetId);
      const before = previousMonth(input);
      const previousClosed = (await tx.monthlyClosing.count({ where: { accountSetId: set.id, year: before.year, month: before.month } })) > 0;
      const problem = closingProblem({ year: input.year, month: input.month, openedOn: set.openedOn, previousClosed, today: new Date() });
      if (problem) throw refusalError(problem);
      const closing = await tx.monthlyClosing.create({ ...query, data: { accountSetId: set.id, year: input.year, month: input.month, closedByPersonId: actor.personId ?? actor.accountId } });
      await recordAudit(tx, { actor, action: 'accountSet.closeMonth', entity: 'MonthlyClosing', entityId: closing.id, before: null, after: auditSnapshot(closing) });
      return closing;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`${input.year} 年 ${input.month} 月已月结`, { reason: 'MONTH_ALREADY_CLOSED', params: { year: input.year, month: input.month } });
    throw error;
  }
}
