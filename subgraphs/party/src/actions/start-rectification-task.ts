import { rectificationTaskWorkflow } from './rectification-task-workflow.ts';

/** OPEN → IN_PROGRESS: the owner has started. */
export const startRectificationTask = rectificationTaskWorkflow.step<{ id: string }>('start');
