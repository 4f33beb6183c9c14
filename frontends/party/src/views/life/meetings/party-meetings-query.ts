import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { PartyMeetingsQuery } from '../../../generated/graphql';

/** Meetings and study sessions, newest first, with who attended (a meeting has a few dozen people). */
export const partyMeetingsQuery = graphql(`
  query PartyMeetings($first: Int, $after: String, $last: Int, $before: String, $filter: PartyMeetingFilter) {
    partyMeetings(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id kind heldOn topic place presentCount absentCount
          partyOrganization { id name kind }
          attendance(first: 100) { totalCount edges { node { id present absenceReason person { id name } } } }
        }
      }
    }
  }
`);

export type PartyMeetingRow = NodeOf<PartyMeetingsQuery['partyMeetings']>;

export const recordPartyMeetingMutation = graphql(`
  mutation RecordPartyMeeting($input: RecordPartyMeetingInput!) {
    recordPartyMeeting(input: $input) { id kind heldOn presentCount partyOrganization { id name } }
  }
`);
