import { requestGraphQL } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { RoomBookingAction } from '../../../generated/graphql';

const approveRoomBookingMutation = graphql(`
  mutation ApproveRoomBooking($input: DecideRoomBookingInput!) { stepped: approveRoomBooking(input: $input) { id status allowedActions } }
`);
const rejectRoomBookingMutation = graphql(`
  mutation RejectRoomBooking($input: RejectRoomBookingInput!) { stepped: rejectRoomBooking(input: $input) { id status allowedActions } }
`);
const checkInRoomBookingMutation = graphql(`
  mutation CheckInRoomBooking($input: RoomBookingStepInput!) { stepped: checkInRoomBooking(input: $input) { id status allowedActions } }
`);
const completeRoomBookingMutation = graphql(`
  mutation CompleteRoomBooking($input: RoomBookingStepInput!) { stepped: completeRoomBooking(input: $input) { id status allowedActions } }
`);
const cancelRoomBookingMutation = graphql(`
  mutation CancelRoomBooking($input: RoomBookingStepInput!) { stepped: cancelRoomBooking(input: $input) { id status allowedActions } }
`);

export type BookingDecision = Extract<RoomBookingAction, 'APPROVE' | 'REJECT'>;
export type BookingPlainStep = Exclude<RoomBookingAction, BookingDecision>;

/** The decisions on a REQUESTED booking: approving takes an optional note, rejecting a required one (the unit is told why). */
export const roomBookingDecisions = {
  APPROVE: { noteRequired: false, send: (id: string, note: string) => requestGraphQL(approveRoomBookingMutation, { input: { id, note: note || undefined } }) },
  REJECT: { noteRequired: true, send: (id: string, note: string) => requestGraphQL(rejectRoomBookingMutation, { input: { id, note } }) },
} satisfies Record<BookingDecision, unknown>;

/** The organiser's steps, which take nothing but the booking. Each answers the booking as `stepped`. */
export const roomBookingPlainSteps = {
  CHECK_IN: (id: string) => requestGraphQL(checkInRoomBookingMutation, { input: { id } }),
  COMPLETE: (id: string) => requestGraphQL(completeRoomBookingMutation, { input: { id } }),
  CANCEL: (id: string) => requestGraphQL(cancelRoomBookingMutation, { input: { id } }),
} satisfies Record<BookingPlainStep, unknown>;

export const isDecision = (action: RoomBookingAction): action is BookingDecision => action in roomBookingDecisions;
