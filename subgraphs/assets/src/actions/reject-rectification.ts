import { rectificationWorkflow, withNote, type RectificationStepInput } from './rectification-workflow.ts';

/** SUBMITTED → RECTIFYING: the check failed, with why. */
export const rejectRectification = rectificationWorkflow.step<RectificationStepInput>('reject', { data: withNote });
