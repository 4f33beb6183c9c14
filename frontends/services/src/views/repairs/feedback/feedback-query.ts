import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { FeedbackListQuery } from '../../../generated/graphql';

/** 意见反馈, latest first, with the reply and the steps the viewer may take. */
export const feedbackListQuery = graphql(`
  query FeedbackList($first: Int, $after: String, $last: Int, $before: String, $filter: FeedbackFilter) {
    feedback(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node { id subject content status reply repliedAt createdAt organization { id name } person { id name } allowedActions }
      }
    }
  }
`);

export type FeedbackRow = NodeOf<FeedbackListQuery['feedback']>;
