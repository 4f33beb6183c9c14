import { requestGraphQL } from '@jiguan/kit';
import { roomBookingIcsQuery } from './room-bookings-query';

/** Reads a booking's iCalendar file from the server and hands it to the browser as `<name>.ics`. */
export async function downloadBookingIcs(bookingId: string, name: string): Promise<void> {
  const { roomBooking } = await requestGraphQL(roomBookingIcsQuery, { id: bookingId });
  if (!roomBooking) return;
  const url = URL.createObjectURL(new Blob([roomBooking.icalendar], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.ics`;
  link.click();
  URL.revokeObjectURL(url);
}
