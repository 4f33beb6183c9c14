import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { PartyCandidatesQuery } from '../../../generated/graphql';

/** Candidates of some stages, with the dates of their steps and what the viewer may do next. */
export const candidatesQuery = graphql(`
  query PartyCandidates($first: Int, $after: String, $last: Int, $before: String, $filter: CandidateFilter) {
    candidates(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id stage appliedOn activistOn targetOn politicalReviewOn admittedOn probationEndsOn fullOn cancelledOn nextStepDueOn allowedActions
          person { id name organization { id name } }
          branch { id name canManage }
          introducers { id name }
          steps(first: 10) { totalCount edges { node { id verb decidedOn decision } } }
        }
      }
    }
  }
`);

export type CandidateCard = NodeOf<PartyCandidatesQuery['candidates']>;
