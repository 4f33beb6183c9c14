import { workOrderWorkflow } from './work-order-workflow.ts';

/** ASSIGNED → IN_PROGRESS: the worker is on it. */
export const startWorkOrder = workOrderWorkflow.step<{ id: string }>('start', { data: () => ({ startedAt: new Date() }) });
