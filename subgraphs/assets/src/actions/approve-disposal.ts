import { businessDate } from '@jiguan/shared-schema/time/business-date';
import { disposalWorkflow, type DisposalStepInput } from './disposal-workflow.ts';

/** SUBMITTED → APPROVED (批复) on today's date, by someone other than the submitter (the machine's four eyes). */
export const approveDisposal = disposalWorkflow.step<DisposalStepInput>('approve', { data: () => ({ decidedOn: businessDate() }) });
