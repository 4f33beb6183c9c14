import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { PartyRectificationTasksQuery } from '../../../generated/graphql';

export const rectificationTasksQuery = graphql(`
  query PartyRectificationTasks($first: Int, $after: String, $last: Int, $before: String, $filter: RectificationTaskFilter) {
    rectificationTasks(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id source item dueOn status evidence doneOn overdue allowedActions owner { id name } partyOrganization { id name } } }
    }
  }
`);

export type RectificationTaskRow = NodeOf<PartyRectificationTasksQuery['rectificationTasks']>;

export const createRectificationTaskMutation = graphql(`
  mutation CreateRectificationTask($input: CreateRectificationTaskInput!) { createRectificationTask(input: $input) { id item } }
`);
const startMutation = graphql(`
  mutation StartRectificationTask($input: RectificationTaskStepInput!) { moved: startRectificationTask(input: $input) { id status } }
`);
const completeMutation = graphql(`
  mutation CompleteRectificationTask($input: CompleteRectificationTaskInput!) { moved: completeRectificationTask(input: $input) { id status } }
`);
const verifyMutation = graphql(`
  mutation VerifyRectificationTask($input: RectificationTaskStepInput!) { moved: verifyRectificationTask(input: $input) { id status } }
`);
const rejectMutation = graphql(`
  mutation RejectRectificationTask($input: RejectRectificationTaskInput!) { moved: rejectRectificationTask(input: $input) { id status } }
`);

export { completeMutation, rejectMutation, startMutation, verifyMutation };
