import { paymentWorkflow } from './payment-workflow.ts';

/** SUBMITTED / REVIEWED → RETURNED (退回) with the reason the unit is told. */
export const returnPayment = paymentWorkflow.step<{ id: string; reason: string }>('return', {
  data: ({ actor, input }) => ({ returnedAt: new Date(), returnedByPersonId: actor.personId ?? actor.accountId, returnReason: input.reason }),
});
