import { i18n, requestGraphQL, shanghaiDateTime, useTransitionDialog } from '@jiguan/kit';
import { cancelVehicleBookingMutation } from './vehicle-booking-mutations';
import type { VehicleBookingRow } from './vehicle-bookings-query';

/** Cancels a booking, which frees its window; `onChanged` reloads the bookings (also when it was cancelled meanwhile). */
export function useCancelVehicleBooking(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: () => ({}),
    send: async (booking: VehicleBookingRow) => (await requestGraphQL(cancelVehicleBookingMutation, { id: booking.id })).cancelVehicleBooking,
    doneText: (booking) => i18n.global.t('assets.operationForms.booking.cancelled', { plateNumber: booking.vehicle?.plateNumber ?? '', time: shanghaiDateTime(booking.startsAt) }),
    onChanged,
  });
}
