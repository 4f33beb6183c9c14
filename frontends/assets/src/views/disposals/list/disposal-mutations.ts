import { defineDocument, type TypedDocument } from '@jiguan/kit';
import type { DisposalStatus } from './disposals-query';

type Stepped = { id: string; code: string; status: DisposalStatus };
type Variables = { id: string; reason: string };

export type DisposalVerb = 'submit' | 'approve' | 'reject' | 'execute';

/** One mutation per step of the disposal workflow; each records its reason. */
export const disposalMutations: Record<DisposalVerb, TypedDocument<Record<string, Stepped>, Variables>> = {
  submit: defineDocument<{ submitDisposal: Stepped }, Variables>(`
    mutation SubmitDisposal($id: ID!, $reason: String!) { submitDisposal(id: $id, reason: $reason) { id code status } }
  `),
  approve: defineDocument<{ approveDisposal: Stepped }, Variables>(`
    mutation ApproveDisposal($id: ID!, $reason: String!) { approveDisposal(id: $id, reason: $reason) { id code status } }
  `),
  reject: defineDocument<{ rejectDisposal: Stepped }, Variables>(`
    mutation RejectDisposal($id: ID!, $reason: String!) { rejectDisposal(id: $id, reason: $reason) { id code status } }
  `),
  execute: defineDocument<{ executeDisposal: Stepped }, Variables>(`
    mutation ExecuteDisposal($id: ID!, $reason: String!) { executeDisposal(id: $id, reason: $reason) { id code status } }
  `),
};
