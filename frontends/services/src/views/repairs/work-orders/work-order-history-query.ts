import { graphql } from '../../../generated/gql';

/** The audit trail of one work order (staff and admins): who took each step, and when. */
export const workOrderHistoryQuery = graphql(`
  query WorkOrderHistory($entityId: ID!) {
    servicesAuditRecords(first: 50, filter: { entity: "WorkOrder", entityId: $entityId }) { edges { node { id createdAt action actorId } } }
  }
`);
