import { requestGraphQL } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';

const releaseUnattendedRoomBookingsMutation = graphql(`
  mutation ReleaseUnattendedRoomBookings { releaseUnattendedRoomBookings }
`);

/** The sweep: approved bookings nobody checked in to within 15 minutes of the start are released; answers how many. */
export async function releaseUnattendedRoomBookings(): Promise<number> {
  return (await requestGraphQL(releaseUnattendedRoomBookingsMutation)).releaseUnattendedRoomBookings;
}
