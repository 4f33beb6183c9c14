import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { SecurityActivitiesQuery, VehicleRecordEventsQuery } from '../../../generated/graphql';

/** 消防/反恐演练 and 安保联席会, latest first. */
export const securityActivitiesQuery = graphql(`
  query SecurityActivities($first: Int, $after: String, $last: Int, $before: String, $filter: SecurityActivityFilter) {
    securityActivities(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id kind heldOn buildingId building { id name } title participants summary } }
    }
  }
`);

export type SecurityActivityRow = NodeOf<SecurityActivitiesQuery['securityActivities']>;

/** The driving-record events of the official vehicles and the fleet's activities, latest first. */
export const vehicleRecordEventsQuery = graphql(`
  query VehicleRecordEvents($first: Int, $after: String, $last: Int, $before: String, $filter: VehicleRecordEventFilter) {
    vehicleRecordEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id kind occurredOn vehicleId vehicle { id plateNumber model } description } }
    }
  }
`);

export type VehicleEventRow = NodeOf<VehicleRecordEventsQuery['vehicleRecordEvents']>;
