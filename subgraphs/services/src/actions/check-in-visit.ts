import { visitWorkflow } from './visit-workflow.ts';

/** EXPECTED → CHECKED_IN: the visitor arrived at the gate. */
export const checkInVisit = visitWorkflow.step<{ id: string }>('checkIn', { data: () => ({ checkedInAt: new Date() }) });
