import { visitWorkflow } from './visit-workflow.ts';

/** EXPECTED → CANCELLED: the host called the visit off. */
export const cancelVisit = visitWorkflow.step<{ id: string }>('cancel');
