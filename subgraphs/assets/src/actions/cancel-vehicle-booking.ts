import { vehicleBookingWorkflow } from './vehicle-booking-workflow.ts';

/** Cancels a booking, freeing its window. */
export const cancelVehicleBooking = vehicleBookingWorkflow.step<{ id: string }>('cancel');
