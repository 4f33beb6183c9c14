import { disposalWorkflow, type DisposalStepInput } from './disposal-workflow.ts';

/** DRAFT → SUBMITTED: the application goes to the approvers. */
export const submitDisposal = disposalWorkflow.step<DisposalStepInput>('submit');
