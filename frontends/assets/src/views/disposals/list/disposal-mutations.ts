import type { TypedDocument } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { DisposalAction, DisposalStatus, SubmitDisposalMutationVariables } from '../../../generated/graphql';

/** One mutation per action of the disposal workflow, each with its reason; each answers the disposal as `stepped`. */
export const disposalMutations = {
  SUBMIT: graphql(`
    mutation SubmitDisposal($id: ID!, $reason: String!) { stepped: submitDisposal(id: $id, reason: $reason) { id code status } }
  `),
  APPROVE: graphql(`
    mutation ApproveDisposal($id: ID!, $reason: String!) { stepped: approveDisposal(id: $id, reason: $reason) { id code status } }
  `),
  REJECT: graphql(`
    mutation RejectDisposal($id: ID!, $reason: String!) { stepped: rejectDisposal(id: $id, reason: $reason) { id code status } }
  `),
  EXECUTE: graphql(`
    mutation ExecuteDisposal($id: ID!, $reason: String!) { stepped: executeDisposal(id: $id, reason: $reason) { id code status } }
  `),
} satisfies Record<DisposalAction, TypedDocument<{ stepped: { id: string; code: string; status: DisposalStatus } }, SubmitDisposalMutationVariables>>;
