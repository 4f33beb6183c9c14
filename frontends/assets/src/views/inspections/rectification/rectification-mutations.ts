import { requestGraphQL } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { RectificationItemAction } from '../../../generated/graphql';

const startRectificationMutation = graphql(`
  mutation StartRectification($id: ID!, $note: String) { moved: startRectification(id: $id, note: $note) { id status } }
`);
const submitRectificationMutation = graphql(`
  mutation SubmitRectification($id: ID!, $note: String!) { moved: submitRectification(id: $id, note: $note) { id status } }
`);
const verifyRectificationMutation = graphql(`
  mutation VerifyRectification($id: ID!, $note: String) { moved: verifyRectification(id: $id, note: $note) { id status } }
`);
const rejectRectificationMutation = graphql(`
  mutation RejectRectification($id: ID!, $note: String!) { moved: rejectRectification(id: $id, note: $note) { id status } }
`);

/**
 * The actions of an item's workflow (the subgraph's startRectification …): whether the action
 * needs a note (what was done, or why the check failed), and how it is sent. An empty optional note
 * is sent as none, which keeps the item's previous note. Each answers the item as `moved`.
 */
export const rectificationSteps = {
  START: { noteRequired: false, send: (id: string, note: string) => requestGraphQL(startRectificationMutation, { id, note: note || undefined }) },
  SUBMIT: { noteRequired: true, send: (id: string, note: string) => requestGraphQL(submitRectificationMutation, { id, note }) },
  VERIFY: { noteRequired: false, send: (id: string, note: string) => requestGraphQL(verifyRectificationMutation, { id, note: note || undefined }) },
  REJECT: { noteRequired: true, send: (id: string, note: string) => requestGraphQL(rejectRectificationMutation, { id, note }) },
} satisfies Record<RectificationItemAction, unknown>;
