import { graphql } from '../../../generated/gql';

/** Each answers the organisation written; the page reloads the tree. */
export const createPartyOrganizationMutation = graphql(`
  mutation CreatePartyOrganization($input: CreatePartyOrganizationInput!) { createPartyOrganization(input: $input) { id name } }
`);
export const setCommitteeMemberMutation = graphql(`
  mutation SetCommitteeMember($input: SetCommitteeMemberInput!) { setCommitteeMember(input: $input) { id name } }
`);
export const removeCommitteeMemberMutation = graphql(`
  mutation RemoveCommitteeMember($input: RemoveCommitteeMemberInput!) { removeCommitteeMember(input: $input) { id name } }
`);
export const recordReElectionMutation = graphql(`
  mutation RecordReElection($input: RecordReElectionInput!) { recordReElection(input: $input) { id name termStartOn termEndOn } }
`);
