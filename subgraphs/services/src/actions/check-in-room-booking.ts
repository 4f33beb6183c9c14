import { bookingWorkflow } from './booking-workflow.ts';

/** APPROVED → CHECKED_IN: the organiser arrived (from 15 minutes before the start to 15 after). */
export const checkInRoomBooking = bookingWorkflow.step<{ id: string }>('checkIn', { data: () => ({ checkedInAt: new Date() }) });
