import type { TypedDocument } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { StartWorkOrderMutationVariables, WorkOrderStatus } from '../../../generated/graphql';

export const submitWorkOrderMutation = graphql(`
  mutation SubmitWorkOrder($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id status dueAt } }
`);

/** The steps with a form of their own; each answers the work order as `moved`. */
export const assignWorkOrderMutation = graphql(`
  mutation AssignWorkOrder($input: AssignWorkOrderInput!) { moved: assignWorkOrder(input: $input) { id status } }
`);
export const rateWorkOrderMutation = graphql(`
  mutation RateWorkOrder($input: RateWorkOrderInput!) { moved: rateWorkOrder(input: $input) { id status } }
`);

/** The steps that take only the work order. */
export const plainStepMutations = {
  START: graphql(`
    mutation StartWorkOrder($input: WorkOrderStepInput!) { moved: startWorkOrder(input: $input) { id status } }
  `),
  FINISH: graphql(`
    mutation FinishWorkOrder($input: WorkOrderStepInput!) { moved: finishWorkOrder(input: $input) { id status } }
  `),
  REOPEN: graphql(`
    mutation ReopenWorkOrder($input: WorkOrderStepInput!) { moved: reopenWorkOrder(input: $input) { id status } }
  `),
  CLOSE: graphql(`
    mutation CloseWorkOrder($input: WorkOrderStepInput!) { moved: closeWorkOrder(input: $input) { id status } }
  `),
} satisfies Record<string, TypedDocument<{ moved: { id: string; status: WorkOrderStatus } }, StartWorkOrderMutationVariables>>;
