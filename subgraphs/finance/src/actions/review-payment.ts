import { paymentWorkflow } from './payment-workflow.ts';

/** SUBMITTED → REVIEWED: finance staff checked the request and its attachments (审核). */
export const reviewPayment = paymentWorkflow.step<{ id: string }>('review', { data: ({ actor }) => ({ reviewedAt: new Date(), reviewedByPersonId: actor.personId ?? actor.accountId }) });
