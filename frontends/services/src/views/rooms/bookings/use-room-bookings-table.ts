import { addDays, requestGraphQL, shanghaiInstant, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { RoomBookingFilter, RoomBookingStatus } from '../../../generated/graphql';
import { roomBookingsQuery } from './room-bookings-query';

export interface RoomBookingFilters {
  status?: RoomBookingStatus;
  /** From and to (local days, `YYYY-MM-DD`) as the range picker writes them; null when cleared. */
  range: [string, string] | null;
}

/** The filter the server takes: bookings running on or after the first day and starting before the end of the last. */
export function bookingFilter(filters: RoomBookingFilters, fixed: Pick<RoomBookingFilter, 'organizationId' | 'status'> = {}): RoomBookingFilter {
  const [from, to] = filters.range ?? [];
  return {
    organizationId: fixed.organizationId || undefined,
    status: fixed.status ?? (filters.status || undefined),
    from: from ? shanghaiInstant(from, 0) : undefined,
    to: to ? shanghaiInstant(addDays(to, 1), 0) : undefined,
  };
}

/**
 * Bookings paged by the server, filtered by status and days. `fixed` keeps the list on a unit (我的预定)
 * or a status (the approvals' REQUESTED); the approvals list the soonest first.
 */
export function useRoomBookingsTable(options: { fixed?: Pick<RoomBookingFilter, 'organizationId' | 'status'>; soonestFirst?: boolean } = {}) {
  const filters = reactive<RoomBookingFilters>({ range: null });
  const table = useConnectionTable({
    fetchPage: async (page) => {
      const filter = bookingFilter(filters, options.fixed);
      return (await requestGraphQL(roomBookingsQuery, { ...page, filter, orderBy: options.soonestFirst ? 'STARTS_AT' : 'STARTS_AT_DESC' })).roomBookings;
    },
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}
