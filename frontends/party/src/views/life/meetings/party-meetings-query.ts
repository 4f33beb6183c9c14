import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { PartyMeetingSummariesQuery, PartyMeetingsQuery } from '../../../generated/graphql';

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

/**
 * The same list without the attendance sheets: for a member or a secretary, to whom the directory
 * shows only the people of their own unit (an attendee of another unit would fail the whole list).
 */
export const partyMeetingSummariesQuery = graphql(`
  query PartyMeetingSummaries($first: Int, $after: String, $last: Int, $before: String, $filter: PartyMeetingFilter) {
    partyMeetings(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id kind heldOn topic place presentCount absentCount partyOrganization { id name kind } } }
    }
  }
`);

/** A row of either list: the attendance is there when the list asked for it. */
export type PartyMeetingListRow = NodeOf<PartyMeetingSummariesQuery['partyMeetings']> & { attendance?: PartyMeetingRow['attendance'] };

export const recordPartyMeetingMutation = graphql(`
  mutation RecordPartyMeeting($input: RecordPartyMeetingInput!) {
    recordPartyMeeting(input: $input) { id kind heldOn presentCount partyOrganization { id name } }
  }
`);
