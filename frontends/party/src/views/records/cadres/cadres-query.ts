import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { PartyCadreAppointmentsQuery } from '../../../generated/graphql';

export const cadreAppointmentsQuery = graphql(`
  query PartyCadreAppointments($first: Int, $after: String, $last: Int, $before: String, $filter: CadreAppointmentFilter) {
    cadreAppointments(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id position level proposedOn publicNoticeOn appointedOn person { id name } organization { id name } } }
    }
  }
`);

export type CadreAppointmentRow = NodeOf<PartyCadreAppointmentsQuery['cadreAppointments']>;

export const recordCadreAppointmentMutation = graphql(`
  mutation RecordCadreAppointment($input: RecordCadreAppointmentInput!) { recordCadreAppointment(input: $input) { id position person { name } } }
`);
