import { defineDocument, type TypedDocument } from '@jiguan/kit';
import type { RectificationStatus } from './rectification-items-query';

type Moved = { id: string; status: RectificationStatus };
type Variables = { id: string; note?: string };

export type RectificationVerb = 'start' | 'submit' | 'verify' | 'reject';

/** One mutation per verb of the item's state machine (the subgraph's startRectification …). */
export const rectificationMutations: Record<RectificationVerb, TypedDocument<Record<string, Moved>, Variables>> = {
  start: defineDocument<{ startRectification: Moved }, Variables>(`
    mutation StartRectification($id: ID!, $note: String) { startRectification(id: $id, note: $note) { id status } }
  `),
  submit: defineDocument<{ submitRectification: Moved }, Variables>(`
    mutation SubmitRectification($id: ID!, $note: String!) { submitRectification(id: $id, note: $note) { id status } }
  `),
  verify: defineDocument<{ verifyRectification: Moved }, Variables>(`
    mutation VerifyRectification($id: ID!, $note: String) { verifyRectification(id: $id, note: $note) { id status } }
  `),
  reject: defineDocument<{ rejectRectification: Moved }, Variables>(`
    mutation RejectRectification($id: ID!, $note: String!) { rejectRectification(id: $id, note: $note) { id status } }
  `),
};
