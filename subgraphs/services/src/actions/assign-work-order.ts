import { workOrderWorkflow } from './work-order-workflow.ts';

/** SUBMITTED → ASSIGNED: given to a service provider and its worker. */
export const assignWorkOrder = workOrderWorkflow.step<{ id: string; providerName: string; workerName: string }>('assign', {
  data: ({ input }) => ({ providerName: input.providerName, workerName: input.workerName, assignedAt: new Date() }),
});
