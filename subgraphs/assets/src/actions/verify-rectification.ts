import { rectificationWorkflow, withNote, type RectificationStepInput } from './rectification-workflow.ts';

/** SUBMITTED → VERIFIED: checked on site. */
export const verifyRectification = rectificationWorkflow.step<RectificationStepInput>('verify', { data: withNote });
