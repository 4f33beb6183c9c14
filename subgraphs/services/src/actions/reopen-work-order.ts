import { workOrderWorkflow } from './work-order-workflow.ts';

/** DONE / RATED → ASSIGNED within 7 days of done: not fixed after all; the rating is cleared. */
export const reopenWorkOrder = workOrderWorkflow.step<{ id: string }>('reopen', {
  data: () => ({ doneAt: null, rating: null, ratingComment: null, reopenCount: { increment: 1 } }),
});
