import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { ServicesMeetingRoomsQuery } from '../../../generated/graphql';

export const meetingRoomsQuery = graphql(`
  query ServicesMeetingRooms($first: Int, $after: String, $last: Int, $before: String, $filter: MeetingRoomFilter) {
    meetingRooms(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id buildingId floor name capacity equipment needsApproval openHours } }
    }
  }
`);

export type MeetingRoomRow = NodeOf<ServicesMeetingRoomsQuery['meetingRooms']>;

export const createMeetingRoomMutation = graphql(`
  mutation CreateMeetingRoom($input: CreateMeetingRoomInput!) {
    createMeetingRoom(input: $input) { id buildingId name openHours }
  }
`);
