import { workOrderWorkflow } from './work-order-workflow.ts';

/** DONE / RATED → CLOSED by staff. */
export const closeWorkOrder = workOrderWorkflow.step<{ id: string }>('close', { data: () => ({ closedAt: new Date() }) });
