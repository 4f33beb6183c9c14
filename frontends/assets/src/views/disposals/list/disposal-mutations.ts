import type { TypedDocument } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { DisposalStatus, SubmitDisposalMutationVariables } from '../../../generated/graphql';

/** One mutation per step of the disposal workflow, each with its reason; each answers the disposal as `stepped`. */
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
} satisfies Record<string, TypedDocument<{ stepped: { id: string; code: string; status: DisposalStatus } }, SubmitDisposalMutationVariables>>;

/** A step of a disposal, as the subgraph's state machine names them. */
export type DisposalAction = keyof typeof disposalMutations;
