import { graphql } from '../../../generated/gql';

export const recordSecurityActivityMutation = graphql(`
  mutation RecordSecurityActivity($input: RecordSecurityActivityInput!) { recordSecurityActivity(input: $input) { id kind title heldOn } }
`);

export const recordVehicleEventMutation = graphql(`
  mutation RecordVehicleEvent($input: RecordVehicleEventInput!) { recordVehicleEvent(input: $input) { id kind occurredOn } }
`);
