import { rectificationTaskWorkflow } from './rectification-task-workflow.ts';

/** DONE → IN_PROGRESS: the evidence does not show it done; the note says why and replaces the evidence's claim of completion. */
export const rejectRectificationTask = rectificationTaskWorkflow.step<{ id: string; note: string }>('reject', {
  data: ({ row, input }) => ({ evidence: `${row.evidence ?? ''}\n【退回】${input.note}`.trim(), doneOn: null }),
});
