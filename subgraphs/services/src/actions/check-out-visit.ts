import { visitWorkflow } from './visit-workflow.ts';

/** CHECKED_IN → CHECKED_OUT: the visitor left. */
export const checkOutVisit = visitWorkflow.step<{ id: string }>('checkOut', { data: () => ({ checkedOutAt: new Date() }) });
