import { payrollWorkflow } from './payroll-workflow.ts';

/** CHECKED → PAID (发放): once. */
export const payPayrollRun = payrollWorkflow.step<{ id: string }>('pay', { data: ({ actor }) => ({ paidAt: new Date(), paidByPersonId: actor.personId ?? actor.accountId }) });
