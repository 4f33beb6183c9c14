import { businessDate } from '@jiguan/shared-schema/time/business-date';
import { rectificationTaskWorkflow } from './rectification-task-workflow.ts';

/** IN_PROGRESS → DONE: what was done, with the documents that show it (整改佐证). */
export const completeRectificationTask = rectificationTaskWorkflow.step<{ id: string; evidence: string; doneOn: Date }>('complete', {
  check: (_tx, { input }) =>
    input.doneOn > businessDate() ? { code: 'BAD_USER_INPUT', reason: 'DATE_IN_FUTURE', message: '日期不能晚于今天', field: 'input.doneOn' } : null,
  data: ({ input }) => ({ evidence: input.evidence, doneOn: input.doneOn }),
});
