import { graphql } from '../../../generated/gql';

/** Answers the booking (of a series, the first meeting): its status says whether it waits for approval. */
export const createRoomBookingMutation = graphql(`
  mutation CreateRoomBooking($input: CreateRoomBookingInput!) {
    createRoomBooking(input: $input) { id status startsAt endsAt seriesId meetingRoom { id name } }
  }
`);
