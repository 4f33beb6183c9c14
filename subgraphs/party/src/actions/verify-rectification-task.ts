import { rectificationTaskWorkflow } from './rectification-task-workflow.ts';

/** DONE → VERIFIED: the evidence was checked and the item is closed (销号). */
export const verifyRectificationTask = rectificationTaskWorkflow.step<{ id: string }>('verify');
