import { lastAdminRefusal } from './last-admin-guard.ts';
import { userAccountWorkflow } from './user-account-workflow.ts';

/** Disables an account: it can no longer log in (nobody disables their own, nor the last administrator). */
export const disableUserAccount = userAccountWorkflow.step<{ id: string }>('disable', {
  check: (tx, { row }) => lastAdminRefusal(tx, row, false),
});
