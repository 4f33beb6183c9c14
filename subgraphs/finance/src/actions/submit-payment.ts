import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { BadUserInputError, refusalError } from '@jiguan/shared-schema/errors';
import { randomUUID } from 'node:crypto';
import type { FinanceActionContext } from '../context.ts';
import { accountSetProblem } from '../domain/payment.ts';
import type { SubmitPaymentInput } from '../schema/payment.ts';
import type { PaymentQuery } from './payment-workflow.ts';

/** The request's number: ZF-<local date>-<8 characters>. */
const paymentNumber = (at: Date) => `ZF-${new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '')}-${randomUUID().slice(0, 8).toUpperCase()}`;

/**
 * 支付申请: a unit user files a payment from one of its unit's account sets (finance staff from
 * any unit's); the paying unit is the account set's. The scoped client finds no other unit's set.
 */
export async function submitPayment({ actor, db }: FinanceActionContext, input: typeof SubmitPaymentInput.$inferInput, query?: PaymentQuery) {
  return db.$transaction(async (tx) => {
    const set = await tx.accountSet.findUnique({ where: { id: input.accountSetId } });
    const problem = accountSetProblem(set, null);
    if (problem) throw refusalError(problem);
    if (!set) throw new Error('unreachable: accountSetProblem refuses a missing set');
    if ((await tx.economicClassification.count({ where: { code: input.economicClassificationCode } })) === 0) {
      throw new BadUserInputError('经济分类科目不存在', 'input.economicClassificationCode', { reason: 'UNKNOWN_ECONOMIC_CLASSIFICATION' });
    }
    const now = new Date();
    const payment = await tx.paymentRequest.create({
      ...query,
      data: {
        number: paymentNumber(now),
        organizationId: set.organizationId,
        accountSetId: set.id,
        payeeName: input.payeeName,
        payeeAccount: input.payeeAccount ?? null,
        amount: input.amount,
        economicClassificationCode: input.economicClassificationCode,
        purpose: input.purpose,
        attachmentNames: input.attachmentNames ?? [],
        status: 'SUBMITTED',
        submittedByPersonId: actor.personId ?? actor.accountId,
        submittedAt: now,
      },
    });
    await recordAudit(tx, { actor, action: 'paymentRequest.submit', entity: 'PaymentRequest', entityId: payment.id, before: null, after: auditSnapshot(payment) });
    return payment;
  });
}
