import { prisma, table } from '../db.ts';
import { localInstant } from '../domain/booking.ts';

export interface ServicesFigures {
  meetingBookings: number;
  meetingBookingsHeld: number;
  visitorRegistrations: number;
  visitorsReceived: number;
  workflowInstances: number;
}

/** The services figures of a year (S1's bookings, visitors and workflow instances) in one statement over the rows; the year is local (Asia/Shanghai). */
export async function servicesFigures(year: number): Promise<ServicesFigures> {
  const from = localInstant(`${year}-01-01`, 0);
  const to = localInstant(`${year + 1}-01-01`, 0);
  const [row] = await prisma.$queryRaw<ServicesFigures[]>`
    WITH b AS (SELECT status FROM ${table('RoomBooking')} WHERE "startsAt" >= ${from} AND "startsAt" < ${to}),
         v AS (SELECT status FROM ${table('Visit')} WHERE "expectedAt" >= ${from} AND "expectedAt" < ${to})
    SELECT
      (SELECT count(*) FROM b)::int AS "meetingBookings",
      (SELECT count(*) FROM b WHERE status IN ('CHECKED_IN', 'COMPLETED'))::int AS "meetingBookingsHeld",
      (SELECT count(*) FROM v)::int AS "visitorRegistrations",
      (SELECT count(*) FROM v WHERE status IN ('CHECKED_IN', 'CHECKED_OUT'))::int AS "visitorsReceived",
      ((SELECT count(*) FROM b) + (SELECT count(*) FROM v))::int AS "workflowInstances"
  `;
  if (!row) throw new Error('services figures: no row');
  return row;
}
