import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { ServicesRoomBookingsQuery } from '../../../generated/graphql';

/** Bookings with their room, unit, organiser and the steps the viewer may take. */
export const roomBookingsQuery = graphql(`
  query ServicesRoomBookings($first: Int, $after: String, $last: Int, $before: String, $filter: RoomBookingFilter, $orderBy: RoomBookingOrder) {
    roomBookings(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id startsAt endsAt attendees purpose needs status seriesId decisionNote checkedInAt allowedActions
          meetingRoom { id name floor }
          organization { id name }
          organiser { id name }
        }
      }
    }
  }
`);

export type RoomBookingRow = NodeOf<ServicesRoomBookingsQuery['roomBookings']>;

/** One booking as an iCalendar file, read when it is downloaded. */
export const roomBookingIcsQuery = graphql(`
  query ServicesRoomBookingIcs($id: ID!) { roomBooking(id: $id) { id icalendar } }
`);
