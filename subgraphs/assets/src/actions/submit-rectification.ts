import { rectificationWorkflow, withNote, type RectificationStepInput } from './rectification-workflow.ts';

/** RECTIFYING → SUBMITTED: the unit reports what it did. */
export const submitRectification = rectificationWorkflow.step<RectificationStepInput>('submit', { data: withNote });
