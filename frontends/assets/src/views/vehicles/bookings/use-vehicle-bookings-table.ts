import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { BookingStatus } from '../../../generated/graphql';
import { vehicleBookingsQuery } from './vehicle-bookings-query';

/**
 * The time-share bookings by start, filtered by vehicle and status on the server: those still
 * running or to come, unless `past` asks for the earlier ones too.
 */
export function useVehicleBookingsTable() {
  const filters = reactive<{ vehicleId?: string; status?: BookingStatus; past: boolean }>({ status: 'BOOKED', past: false });
  const table = useConnectionTable({
    fetchPage: async (page) => {
      const filter = { vehicleId: filters.vehicleId || undefined, status: filters.status || undefined, from: filters.past ? undefined : new Date().toISOString() };
      return (await requestGraphQL(vehicleBookingsQuery, { ...page, filter })).vehicleBookings;
    },
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}
