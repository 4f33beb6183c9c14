import { workOrderWorkflow } from './work-order-workflow.ts';

/** IN_PROGRESS → DONE: repaired; the 7 days to reopen start now. */
export const finishWorkOrder = workOrderWorkflow.step<{ id: string }>('finish', { data: () => ({ doneAt: new Date() }) });
