import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { BiApiKeysQuery } from '../../../generated/graphql';

export const biApiKeysQuery = graphql(`
  query BiApiKeys($first: Int, $after: String, $last: Int, $before: String, $filter: BiApiKeyFilter) {
    biApiKeys(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id name datasets units { id name } expiresAt lastUsedAt status allowedActions createdAt } }
    }
  }
`);

export type ApiKeyRow = NodeOf<BiApiKeysQuery['biApiKeys']>;
