import { bookingWorkflow } from './booking-workflow.ts';

/** REQUESTED / APPROVED → CANCELLED: the organiser (before the start) or staff give the room back. */
export const cancelRoomBooking = bookingWorkflow.step<{ id: string }>('cancel');
