import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { UserAccountsQuery } from '../../../generated/graphql';

export const userAccountsQuery = graphql(`
  query UserAccounts($first: Int, $after: String, $last: Int, $before: String, $filter: UserAccountFilter) {
    userAccounts(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node { id username roles dataScope disabled allowedActions lastLoginAt createdAt person { id name organization { id name } } }
      }
    }
  }
`);

export type AccountRow = NodeOf<UserAccountsQuery['userAccounts']>;
