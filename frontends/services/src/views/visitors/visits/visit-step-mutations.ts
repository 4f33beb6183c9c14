import { requestGraphQL } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { VisitAction } from '../../../generated/graphql';

const checkInVisitMutation = graphql(`
  mutation CheckInVisit($input: VisitStepInput!) { stepped: checkInVisit(input: $input) { id status allowedActions } }
`);
const checkOutVisitMutation = graphql(`
  mutation CheckOutVisit($input: VisitStepInput!) { stepped: checkOutVisit(input: $input) { id status allowedActions } }
`);
const markVisitNoShowMutation = graphql(`
  mutation MarkVisitNoShow($input: VisitStepInput!) { stepped: markVisitNoShow(input: $input) { id status allowedActions } }
`);
const cancelVisitMutation = graphql(`
  mutation CancelVisit($input: VisitStepInput!) { stepped: cancelVisit(input: $input) { id status allowedActions } }
`);

/** The steps of a visit, one mutation each, answered as `stepped`. */
export const visitSteps = {
  CHECK_IN: (id: string) => requestGraphQL(checkInVisitMutation, { input: { id } }),
  CHECK_OUT: (id: string) => requestGraphQL(checkOutVisitMutation, { input: { id } }),
  MARK_NO_SHOW: (id: string) => requestGraphQL(markVisitNoShowMutation, { input: { id } }),
  CANCEL: (id: string) => requestGraphQL(cancelVisitMutation, { input: { id } }),
} satisfies Record<VisitAction, unknown>;
