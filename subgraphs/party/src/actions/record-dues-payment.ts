import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError, ConflictError, refusalError } from '@jiguan/shared-schema/errors';
import { isUniqueViolation } from '@jiguan/db/prisma-errors';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import type { PartyActionContext } from '../context.ts';
import { branchManagerRefusal } from '../domain/access.ts';
import { isoDate } from '../domain/calendar.ts';
import { duesRate, monthlyDues, monthStart } from '../domain/dues.ts';
import type { RecordDuesPaymentInput } from '../schema/party-member.ts';
import type { PartyMemberQuery } from './member-query.ts';
import { requireActiveMember } from './require-member.ts';

/**
 * Records a member's dues as paid for one or more months, each at the declared income's bracket;
 * by Party staff or the secretary of the member's branch. A month paid once cannot be paid again.
 */
export async function recordDuesPayment({ actor, db }: PartyActionContext, input: typeof RecordDuesPaymentInput.$inferInput, query?: PartyMemberQuery) {
  const today = businessDate();
  if (input.paidOn > today) throw new BadUserInputError('日期不能晚于今天', 'input.paidOn', { reason: 'DATE_IN_FUTURE' });
  const months = [...new Map(input.months.map((month) => [monthStart(month).getTime(), monthStart(month)])).values()];
  try {
    return await db.$transaction(async (tx) => {
      const member = await requireActiveMember(tx, input.memberId, 'input.memberId');
      const refusal = branchManagerRefusal(actor, member.branch);
      if (refusal) throw refusalError(refusal);
      for (const month of months) {
        if (month < monthStart(member.joinedOn)) {
          throw new BadUserInputError(`${isoDate(month).slice(0, 7)} 早于入党时间`, 'input.months', { reason: 'MONTH_BEFORE_JOINING', params: { month: isoDate(month).slice(0, 7) } });
        }
        if (month > monthStart(today)) {
          throw new BadUserInputError(`${isoDate(month).slice(0, 7)} 尚未到来`, 'input.months', { reason: 'MONTH_IN_FUTURE', params: { month: isoDate(month).slice(0, 7) } });
        }
      }
      const paid = await tx.duesPayment.findFirst({ where: { memberId: member.id, month: { in: months } }, orderBy: { month: 'asc' } });
      if (paid) throw duesAlreadyPaid(isoDate(paid.month).slice(0, 7));
      const rate = duesRate(member.monthlyIncome);
      const amount = monthlyDues(member.monthlyIncome);
      const { count } = await tx.duesPayment.createMany({
        data: months.map((month) => ({ memberId: member.id, month, baseIncome: member.monthlyIncome, rate, amount, paidOn: input.paidOn })),
      });
      await recordAudit(tx, {
        actor,
        action: 'partyMember.payDues',
        entity: 'PartyMember',
        entityId: member.id,
        before: null,
        after: { months: months.map((month) => isoDate(month).slice(0, 7)), amount: amount.toFixed(2), rate: rate.toString(), paidOn: isoDate(input.paidOn), count },
      });
      return tx.partyMember.findUniqueOrThrow({ ...query, where: { id: member.id } });
    });
  } catch (error) {
    // Two payments of one month at once: the unique index lets one through.
    if (isUniqueViolation(error)) throw duesAlreadyPaid(isoDate(months[0]!).slice(0, 7));
    throw error;
  }
}

const duesAlreadyPaid = (month: string) => new ConflictError(`${month} 的党费已缴纳，不能重复记录`, { reason: 'DUES_ALREADY_PAID', params: { month } });
