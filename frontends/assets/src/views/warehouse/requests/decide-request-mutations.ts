import { requestGraphQL } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { WarehouseRequestAction } from '../../../generated/graphql';

const approveWarehouseRequestMutation = graphql(`
  mutation ApproveWarehouseRequest($id: ID!, $reason: String) {
    decided: approveWarehouseRequest(id: $id, reason: $reason) { id status issue { id savings } }
  }
`);

const rejectWarehouseRequestMutation = graphql(`
  mutation RejectWarehouseRequest($id: ID!, $reason: String!) {
    decided: rejectWarehouseRequest(id: $id, reason: $reason) { id status issue { id savings } }
  }
`);

/**
 * The decisions on a pending request: approving issues the pieces to the unit and records the
 * saving (a reason may be given); rejecting frees them and needs a reason (the unit is told why).
 * Each answers the request as `decided`.
 */
export const warehouseRequestDecisions = {
  APPROVE: { reasonRequired: false, send: (id: string, reason: string) => requestGraphQL(approveWarehouseRequestMutation, { id, reason: reason || undefined }) },
  REJECT: { reasonRequired: true, send: (id: string, reason: string) => requestGraphQL(rejectWarehouseRequestMutation, { id, reason }) },
} satisfies Record<WarehouseRequestAction, unknown>;
