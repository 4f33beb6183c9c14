import { payrollWorkflow } from './payroll-workflow.ts';

/** DRAFT → CHECKED: finance staff checked the lines (复核). */
export const checkPayrollRun = payrollWorkflow.step<{ id: string }>('check', { data: ({ actor }) => ({ checkedAt: new Date(), checkedByPersonId: actor.personId ?? actor.accountId }) });
