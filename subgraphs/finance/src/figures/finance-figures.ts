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

export interface PayrollFigures {
  /** Salary lines (人次) of the year's runs paid. */
  payrollLines: number;
  /** Their net (实发), yuan, 2 decimals, as text. */
  payrollNet: string;
  /** Their gross (应发), yuan, 2 decimals, as text. */
  payrollGross: string;
}

/** F2 in one statement: the lines of the payroll runs of the year that were paid, with their net and gross summed as decimals. */
export async function payrollFigures(year: number): Promise<PayrollFigures> {
  const [row] = await prisma.$queryRaw<PayrollFigures[]>`
    SELECT count(*)::int AS "payrollLines",
           to_char(coalesce(sum(l.net), 0), 'FM9999999999990.00') AS "payrollNet",
           to_char(coalesce(sum(l.gross), 0), 'FM9999999999990.00') AS "payrollGross"
      FROM ${table('PayrollLine')} l JOIN ${table('PayrollRun')} r ON r.id = l."runId"
     WHERE r.year = ${year} AND r.status = 'PAID'
  `;
  if (!row) throw new Error('payroll figures: no row');
  return row;
}

export interface MealCardFigures {
  /** Top-ups (充值人次) in the (local) year. */
  mealCardTopUps: number;
  /** Refunded by the clean-ups run in the year, yuan, 2 decimals, as text. */
  mealCardRefunded: string;
  /** Cards those clean-ups refunded and closed. */
  mealCardsRefunded: number;
}

/** F3 in one statement: the year's top-ups, and the refunds of the year's clean-ups summed as decimals. */
export async function mealCardFigures(year: number): Promise<MealCardFigures> {
  const [row] = await prisma.$queryRaw<MealCardFigures[]>`
    SELECT
      (SELECT count(*) FROM ${table('MealCardTopUp')} WHERE "toppedUpAt" >= ${yearStart(year)} AND "toppedUpAt" < ${yearStart(year + 1)})::int AS "mealCardTopUps",
      (SELECT to_char(coalesce(sum(r.amount), 0), 'FM9999999999990.00') FROM ${table('MealCardRefund')} r JOIN ${table('MealCardCleanUp')} u ON u.id = r."cleanUpId"
        WHERE u."runAt" >= ${yearStart(year)} AND u."runAt" < ${yearStart(year + 1)}) AS "mealCardRefunded",
      (SELECT count(*) FROM ${table('MealCardRefund')} r JOIN ${table('MealCardCleanUp')} u ON u.id = r."cleanUpId"
        WHERE u."runAt" >= ${yearStart(year)} AND u."runAt" < ${yearStart(year + 1)})::int AS "mealCardsRefunded"
  `;
  if (!row) throw new Error('meal card figures: no row');
  return row;
}
