import { paymentWorkflow } from './payment-workflow.ts';

/** REVIEWED → PAID (支付): once; a second pay, at once or later, is refused with CONFLICT. */
export const payPayment = paymentWorkflow.step<{ id: string }>('pay', { data: ({ actor }) => ({ paidAt: new Date(), paidByPersonId: actor.personId ?? actor.accountId }) });
