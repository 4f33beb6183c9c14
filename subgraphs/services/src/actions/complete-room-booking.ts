import { bookingWorkflow } from './booking-workflow.ts';

/** CHECKED_IN → COMPLETED: the meeting is over; the room stays recorded as used. */
export const completeRoomBooking = bookingWorkflow.step<{ id: string }>('complete');
