import { bookingWorkflow } from './booking-workflow.ts';

/** REQUESTED → REJECTED, with why; the room is free again. */
export const rejectRoomBooking = bookingWorkflow.step<{ id: string; note: string }>('reject', { data: ({ input }) => ({ decisionNote: input.note }) });
