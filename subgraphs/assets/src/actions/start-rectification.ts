import { rectificationWorkflow, withNote, type RectificationStepInput } from './rectification-workflow.ts';

/** OPEN → RECTIFYING: the unit has started. */
export const startRectification = rectificationWorkflow.step<RectificationStepInput>('start', { data: withNote });
