import { visitWorkflow } from './visit-workflow.ts';

/** EXPECTED → NO_SHOW: an hour after the expected time the visitor had not come. */
export const markVisitNoShow = visitWorkflow.step<{ id: string }>('markNoShow');
