import { prisma, table } from '../db.ts';
import { BOOKKEEPING_COST_PER_UNIT, yearlyBookkeepingSaving } from '../domain/bookkeeping.ts';

/** The start of a local (Asia/Shanghai) year, as an instant. */
const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1, -8));

export interface BookkeepingFigures {
  /** Units whose books the bureau kept at the end of the year. */
  agencyBookkeepingUnits: number;
  /** Their account sets open at the end of the year. */
  agencyBookkeepingAccountSets: number;
  /** Yuan per unit and year, 2 decimals, as text; null without the parameter row. */
  bookkeepingCostPerUnit: string | null;
  bookkeepingCostSource: string | null;
  /** units × cost per unit, 2 decimals, as text. */
  bookkeepingSaving: string | null;
}

/**
 * F4 in one statement: the units under agency bookkeeping by the year's end and their account sets
 * opened by then; the yearly saving is the units × the standard cost per unit (a parameter row),
 * multiplied as decimals.
 */
export async function bookkeepingFigures(year: number): Promise<BookkeepingFigures> {
  const last = `${year}-12-31`;
  const [row] = await prisma.$queryRaw<{ units: number; sets: number; cost: string | null; source: string | null }[]>`
    SELECT
      (SELECT count(*) FROM ${table('Organization')} o WHERE o."agencyBookkeepingSince" <= ${last}::date
         AND EXISTS (SELECT 1 FROM ${table('AccountSet')} s WHERE s."organizationId" = o.id AND s."openedOn" <= ${last}::date))::int AS units,
      (SELECT count(*) FROM ${table('AccountSet')} WHERE "openedOn" <= ${last}::date)::int AS sets,
      (SELECT to_char(value, 'FM9999999999990.00') FROM ${table('FinanceParameter')} WHERE key = ${BOOKKEEPING_COST_PER_UNIT}) AS cost,
      (SELECT source FROM ${table('FinanceParameter')} WHERE key = ${BOOKKEEPING_COST_PER_UNIT}) AS source
  `;
  if (!row) throw new Error('bookkeeping figures: no row');
  return {
    agencyBookkeepingUnits: row.units,
    agencyBookkeepingAccountSets: row.sets,
    bookkeepingCostPerUnit: row.cost,
    bookkeepingCostSource: row.source,
    bookkeepingSaving: row.cost === null ? null : yearlyBookkeepingSaving(row.units, row.cost).toFixed(2),
  };
}

export interface PaymentFigures {
  /** Payments made (paid) in the year. */
  paymentsMade: number;
  /** Their amount, yuan, 2 decimals, as text (SQL sum of the DECIMAL column). */
  paymentsAmount: string;
}

/** F1 in one statement: the payment requests paid in the (local) year, counted and summed as decimals. */
export async function paymentFigures(year: number): Promise<PaymentFigures> {
  const [row] = await prisma.$queryRaw<PaymentFigures[]>`
    SELECT count(*)::int AS "paymentsMade", to_char(coalesce(sum(amount), 0), 'FM9999999999990.00') AS "paymentsAmount"
      FROM ${table('PaymentRequest')}
     WHERE status = 'PAID' AND "paidAt" >= ${yearStart(year)} AND "paidAt" < ${yearStart(year + 1)}
  `;
  if (!row) throw new Error('payment figures: no row');
  return row;
}
