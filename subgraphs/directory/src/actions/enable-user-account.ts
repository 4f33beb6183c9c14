import { userAccountWorkflow } from './user-account-workflow.ts';

/** Enables a disabled account again. */
export const enableUserAccount = userAccountWorkflow.step<{ id: string }>('enable');
