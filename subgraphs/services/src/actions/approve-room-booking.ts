import { bookingWorkflow } from './booking-workflow.ts';

/** REQUESTED → APPROVED: the services centre confirms the room. */
export const approveRoomBooking = bookingWorkflow.step<{ id: string; note?: string | null }>('approve', { data: ({ input }) => ({ decisionNote: input.note ?? null }) });
