import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { PartyEducationActivitiesQuery } from '../../../generated/graphql';

export const educationActivitiesQuery = graphql(`
  query PartyEducationActivities($first: Int, $after: String, $last: Int, $before: String, $filter: EducationActivityFilter) {
    educationActivities(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id kind title place heldOn participants partyOrganization { id name } } }
    }
  }
`);

export type EducationActivityRow = NodeOf<PartyEducationActivitiesQuery['educationActivities']>;

export const recordEducationActivityMutation = graphql(`
  mutation RecordEducationActivity($input: RecordEducationActivityInput!) { recordEducationActivity(input: $input) { id title } }
`);
