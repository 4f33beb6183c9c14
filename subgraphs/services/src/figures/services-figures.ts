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

export interface CanteenFigures {
  canteens: number;
  diners: number;
  dinersPreviousYear: number;
  wasteSampledDays: number;
  wasteDaysBelowLine: number;
  /** Kilograms (1 decimal, as text) of each month with weighings, January first. */
  kitchenWasteByMonth: string[];
  /** Yuan, 2 decimals, as text. */
  ingredientPurchases: string;
  ingredientPurchasesPreviousYear: string;
  ingredientPurchasesSaved: string;
  cateringTrainings: number;
  complaints: number;
  trafficViolations: number;
  accidents: number;
}

/**
 * The canteens', providers' and fleet's figures of a year (S2–S6) in one statement: the waste
 * coefficient of a sampled canteen-day is its sampled leftovers ÷ its sampled servings, compared with
 * the 0.2 line; purchases and diners beside the previous year's.
 */
export async function canteenFigures(year: number): Promise<CanteenFigures> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const previousFirst = `${year - 1}-01-01`;
  const previousLast = `${year - 1}-12-31`;
  const [row] = await prisma.$queryRaw<CanteenFigures[]>`
    WITH days AS (
      SELECT "canteenId", "sampledOn", sum("leftoverGrams")::numeric / sum("servedGrams") AS coefficient
        FROM ${table('WasteSample')} WHERE "sampledOn" BETWEEN ${first}::date AND ${last}::date GROUP BY "canteenId", "sampledOn"),
    months AS (
      SELECT date_trunc('month', "weighedOn") AS month, sum(kilograms) AS kilograms
        FROM ${table('KitchenWasteWeighing')} WHERE "weighedOn" BETWEEN ${first}::date AND ${last}::date GROUP BY 1),
    purchases AS (
      SELECT coalesce(sum(amount) FILTER (WHERE "purchasedOn" BETWEEN ${first}::date AND ${last}::date), 0) AS this_year,
             coalesce(sum(amount) FILTER (WHERE "purchasedOn" BETWEEN ${previousFirst}::date AND ${previousLast}::date), 0) AS previous_year
        FROM ${table('IngredientPurchase')}),
    events AS (SELECT kind FROM ${table('VehicleRecordEvent')} WHERE "occurredOn" BETWEEN ${first}::date AND ${last}::date)
    SELECT
      (SELECT count(*) FROM ${table('Canteen')})::int AS "canteens",
      (SELECT coalesce(sum(diners), 0) FROM ${table('MealCount')} WHERE "servedOn" BETWEEN ${first}::date AND ${last}::date)::int AS "diners",
      (SELECT coalesce(sum(diners), 0) FROM ${table('MealCount')} WHERE "servedOn" BETWEEN ${previousFirst}::date AND ${previousLast}::date)::int AS "dinersPreviousYear",
      (SELECT count(*) FROM days)::int AS "wasteSampledDays",
      (SELECT count(*) FROM days WHERE coefficient < 0.2)::int AS "wasteDaysBelowLine",
      (SELECT coalesce(array_agg(to_char(kilograms, 'FM9999999990.0') ORDER BY month), '{}') FROM months) AS "kitchenWasteByMonth",
      (SELECT to_char(this_year, 'FM9999999999990.00') FROM purchases) AS "ingredientPurchases",
      (SELECT to_char(previous_year, 'FM9999999999990.00') FROM purchases) AS "ingredientPurchasesPreviousYear",
      (SELECT to_char(previous_year - this_year, 'FM9999999999990.00') FROM purchases) AS "ingredientPurchasesSaved",
      (SELECT count(*) FROM ${table('ProviderTraining')} t JOIN ${table('ServiceProvider')} p ON p.id = t."providerId"
        WHERE p.kind = 'CATERING' AND t."heldOn" BETWEEN ${first}::date AND ${last}::date)::int AS "cateringTrainings",
      (SELECT count(*) FROM events WHERE kind = 'COMPLAINT')::int AS "complaints",
      (SELECT count(*) FROM events WHERE kind = 'TRAFFIC_VIOLATION')::int AS "trafficViolations",
      (SELECT count(*) FROM events WHERE kind = 'ACCIDENT')::int AS "accidents"
  `;
  if (!row) throw new Error('canteen figures: no row');
  return row;
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
