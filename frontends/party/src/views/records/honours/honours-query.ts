import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { PartyHonoursQuery } from '../../../generated/graphql';

export const honoursQuery = graphql(`
  query PartyHonours($first: Int, $after: String, $last: Int, $before: String, $filter: HonourFilter) {
    honours(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id kind title awardedBy awardedOn person { id name } partyOrganization { id name } } }
    }
  }
`);

export type HonourRow = NodeOf<PartyHonoursQuery['honours']>;

export const awardHonourMutation = graphql(`
  mutation AwardHonour($input: AwardHonourInput!) { awardHonour(input: $input) { id title } }
`);
