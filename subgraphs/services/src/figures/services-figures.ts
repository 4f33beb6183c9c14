import { prisma, table } from '../db.ts';
import { localInstant } from '../domain/booking.ts';

export interface ServicesFigures {
  meetingBookings: number;
  meetingBookingsHeld: number;
  visitorRegistrations: number;
  visitorsReceived: number;
  workOrders: number;
  workOrdersWithinSla: number;
  averageRating: number | null;
  feedbackHandled: number;
  workflowInstances: number;
}

/** The services figures of a year (S1's bookings, visitors, feedback handled and workflow instances; the repairs) in one statement over the rows; the year is local (Asia/Shanghai). */
export async function servicesFigures(year: number): Promise<ServicesFigures> {
  const from = localInstant(`${year}-01-01`, 0);
  const to = localInstant(`${year + 1}-01-01`, 0);
  const [row] = await prisma.$queryRaw<ServicesFigures[]>`
    WITH b AS (SELECT status FROM ${table('RoomBooking')} WHERE "startsAt" >= ${from} AND "startsAt" < ${to}),
         v AS (SELECT status FROM ${table('Visit')} WHERE "expectedAt" >= ${from} AND "expectedAt" < ${to}),
         w AS (SELECT "doneAt", "dueAt", rating FROM ${table('WorkOrder')} WHERE "createdAt" >= ${from} AND "createdAt" < ${to}),
         f AS (SELECT status FROM ${table('Feedback')} WHERE "createdAt" >= ${from} AND "createdAt" < ${to})
    SELECT
      (SELECT count(*) FROM b)::int AS "meetingBookings",
      (SELECT count(*) FROM b WHERE status IN ('CHECKED_IN', 'COMPLETED'))::int AS "meetingBookingsHeld",
      (SELECT count(*) FROM v)::int AS "visitorRegistrations",
      (SELECT count(*) FROM v WHERE status IN ('CHECKED_IN', 'CHECKED_OUT'))::int AS "visitorsReceived",
      (SELECT count(*) FROM w)::int AS "workOrders",
      (SELECT count(*) FROM w WHERE "doneAt" <= "dueAt")::int AS "workOrdersWithinSla",
      (SELECT round(avg(rating), 2)::float8 FROM w) AS "averageRating",
      (SELECT count(*) FROM f WHERE status = 'REPLIED')::int AS "feedbackHandled",
      ((SELECT count(*) FROM b) + (SELECT count(*) FROM v) + (SELECT count(*) FROM w) + (SELECT count(*) FROM f))::int AS "workflowInstances"
  `;
  if (!row) throw new Error('services figures: no row');
  return row;
}
