import { graphql } from '../../../generated/gql';
import type { ServicesRoomFreeBusyQuery, ServicesRoomsOfBuildingsQuery } from '../../../generated/graphql';

/**
 * Every meeting room with its building, for the building picker (the bureau has a few dozen). The
 * building is null where assets does not show it to the viewer (a compound that does not house their unit).
 */
export const roomsOfBuildingsQuery = graphql(`
  query ServicesRoomsOfBuildings {
    meetingRooms(first: 200) { totalCount edges { node { id buildingId name floor building { id name } } } }
  }
`);

/** One building's rooms on one local day: their open hours hour by hour and what holds them. */
export const roomFreeBusyQuery = graphql(`
  query ServicesRoomFreeBusy($buildingId: ID!, $day: Date!) {
    roomFreeBusy(buildingId: $buildingId, day: $day) {
      meetingRoom { id name floor capacity equipment needsApproval opensAtMinute closesAtMinute openHours }
      busy { startsAt endsAt own }
      hours { hour startsAt free }
    }
  }
`);

/**
 * The bookings the viewer may read that run on a day (a unit user: its unit's): who holds an own
 * busy slot and why. The free/busy itself names nobody.
 */
export const bookingsOfDayQuery = graphql(`
  query ServicesBookingsOfDay($filter: RoomBookingFilter) {
    roomBookings(filter: $filter, orderBy: STARTS_AT, first: 200) {
      edges { node { id startsAt endsAt purpose status meetingRoom { id } organization { id name } organiser { id name } } }
    }
  }
`);

export type GridBuildingRoom = ServicesRoomsOfBuildingsQuery['meetingRooms']['edges'][number]['node'];
export type RoomFreeBusy = ServicesRoomFreeBusyQuery['roomFreeBusy'][number];
export type GridRoom = RoomFreeBusy['meetingRoom'];
