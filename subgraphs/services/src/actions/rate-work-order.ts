import { workOrderWorkflow } from './work-order-workflow.ts';

/** DONE → RATED: the requesting unit gives 1–5 stars and a comment. */
export const rateWorkOrder = workOrderWorkflow.step<{ id: string; rating: number; comment?: string | null }>('rate', {
  data: ({ input }) => ({ rating: input.rating, ratingComment: input.comment ?? null }),
});
