import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { PartyOrganizationsTreeQuery } from '../../../generated/graphql';

/** Every organisation of the bureau (the 党组, the 总支 and its branches: a dozen rows) with its term, committee and re-elections. */
export const partyOrganizationsTreeQuery = graphql(`
  query PartyOrganizationsTree {
    partyOrganizations(first: 200) {
      totalCount
      edges {
        node {
          id kind name isJointBranch foundedOn termStartOn termEndOn reElectionOverdue memberCount canManage
          parent { id }
          organization { id name }
          secretary { id name }
          committee { id position person { id name organization { id name } } }
          reElections(first: 10) { totalCount edges { node { id heldOn previousTermEndOn termStartOn termEndOn result secretary { id name } } } }
        }
      }
    }
  }
`);

export type PartyOrganizationRow = NodeOf<PartyOrganizationsTreeQuery['partyOrganizations']>;
