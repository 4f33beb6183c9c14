import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { AssetsDisposalsQuery } from '../../../generated/graphql';

export const disposalsQuery = graphql(`
  query AssetsDisposals($first: Int, $after: String, $last: Int, $before: String, $filter: DisposalFilter) {
    disposals(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id code organization { name } assetKind assetCardNumber assetName value method status allowedActions decidedOn createdAt
          building { id name } vehicle { plateNumber } item { code }
          steps(first: 20) { totalCount edges { node { id fromStatus toStatus reason at } } }
        }
      }
    }
  }
`);

export type DisposalRow = NodeOf<AssetsDisposalsQuery['disposals']>;
