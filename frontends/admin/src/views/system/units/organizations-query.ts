import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { OrganizationsQuery } from '../../../generated/graphql';

export const organizationsQuery = graphql(`
  query Organizations($first: Int, $after: String, $last: Int, $before: String, $filter: OrganizationFilter) {
    organizations(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id code name shortName kind underAgencyBookkeeping childCount parent { id } } }
    }
  }
`);

export type OrganizationNode = NodeOf<OrganizationsQuery['organizations']>;
