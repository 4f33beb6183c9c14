import type { Refusal } from '@jiguan/shared-schema/errors';
import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';
import type { PaymentStatus } from '../../prisma/generated/enums.ts';
import { FINANCE_WRITERS } from './access.ts';

export type PaymentVerb = 'review' | 'pay' | 'return';

export interface PaymentForRules {
  status: PaymentStatus;
}

/** Who files a payment request: a unit user for its own unit, finance staff for any. */
export const PAYMENT_SUBMITTERS = ['UNIT_USER', ...FINANCE_WRITERS] as const;

/** At most this many attachments a request names. */
export const MAX_ATTACHMENTS = 20;

/**
 * 支付: SUBMITTED → REVIEWED (审核, finance staff) → PAID (支付, finance staff, once); SUBMITTED or
 * REVIEWED → RETURNED (退回) with a reason. A paid or returned request is final.
 */
export const paymentMachine = stateMachine<PaymentStatus, PaymentVerb, PaymentForRules>({
  stateOf: (payment) => payment.status,
  transitions: {
    review: { from: ['SUBMITTED'], to: 'REVIEWED', roles: FINANCE_WRITERS },
    pay: { from: ['REVIEWED'], to: 'PAID', roles: FINANCE_WRITERS },
    return: { from: ['SUBMITTED', 'REVIEWED'], to: 'RETURNED', roles: FINANCE_WRITERS },
  },
});

/** An attachment's name: a file name, no path (1–200 characters, no / \ or control characters). */
export function attachmentNameProblem(name: string): string | null {
  if (name.trim().length === 0) return '附件名不能为空';
  if (name.length > 200) return '附件名不超过 200 个字';
  // eslint-disable-next-line no-control-regex
  if (/[\\/\u0000-\u001f]/.test(name)) return '附件名不能含路径或控制字符';
  return null;
}

/** Why an account set cannot pay for a unit, or null: it must be one of the unit's own. */
export function accountSetProblem(set: { organizationId: string } | null, organizationId: string | null): Refusal | null {
  if (!set) return { code: 'BAD_USER_INPUT', field: 'input.accountSetId', reason: 'UNKNOWN_ACCOUNT_SET', message: '账套不存在' };
  if (organizationId !== null && set.organizationId !== organizationId) {
    return { code: 'BAD_USER_INPUT', field: 'input.accountSetId', reason: 'ACCOUNT_SET_OF_ANOTHER_UNIT', message: '只能从本单位的账套支付' };
  }
  return null;
}
