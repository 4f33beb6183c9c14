import { businessDate } from '@jiguan/shared-schema/time/business-date';
import { disposalWorkflow, type DisposalStepInput } from './disposal-workflow.ts';

/** SUBMITTED → REJECTED on today's date, with why, by someone other than the submitter. */
export const rejectDisposal = disposalWorkflow.step<DisposalStepInput>('reject', { data: () => ({ decidedOn: businessDate() }) });
