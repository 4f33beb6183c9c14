import type { Refusal } from '@jiguan/shared-schema/errors';
import { Prisma } from '../../prisma/generated/client.ts';

/** The parameter row of the standard yearly cost of keeping one unit's books (元/户·年). */
export const BOOKKEEPING_COST_PER_UNIT = 'BOOKKEEPING_COST_PER_UNIT';

export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

/** The month a date falls in (UTC calendar: dates are stored as DATE). */
export const monthOf = (date: Date): YearMonth => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 });

/** Months from `a` to `b` (0 when the same month, negative when `b` is earlier). */
export const monthsBetween = (a: YearMonth, b: YearMonth) => (b.year - a.year) * 12 + (b.month - a.month);

/** The month before. */
export const previousMonth = ({ year, month }: YearMonth): YearMonth => (month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 });

/**
 * Why a month of an account set cannot be closed (月结), or null: a month closes once it has ended,
 * not before the books were opened, and only after the month before it (from the opening month on).
 * `previousClosed` says whether the month before is closed; the unique (set, year, month) keeps a
 * month from closing twice.
 */
export function closingProblem(input: YearMonth & { openedOn: Date; previousClosed: boolean; today: Date }): Refusal | null {
  const opened = monthOf(input.openedOn);
  if (monthsBetween(input, monthOf(input.today)) < 1) {
    return { code: 'BAD_USER_INPUT', field: 'input.month', reason: 'MONTH_NOT_ENDED', message: '该月尚未结束，不能月结', params: { year: input.year, month: input.month } };
  }
  if (monthsBetween(opened, input) < 0) {
    return { code: 'BAD_USER_INPUT', field: 'input.month', reason: 'BEFORE_OPENING', message: '该月早于建账月份', params: { openedOn: input.openedOn.toISOString().slice(0, 10) } };
  }
  if (monthsBetween(opened, input) > 0 && !input.previousClosed) {
    const before = previousMonth(input);
    return { code: 'CONFLICT', reason: 'PREVIOUS_MONTH_OPEN', message: `${before.year} 年 ${before.month} 月尚未月结`, params: { year: before.year, month: before.month } };
  }
  return null;
}

/** 代理记账节约资金: the yearly saving of keeping `units` units' books centrally, at the standard cost per unit. */
export const yearlyBookkeepingSaving = (units: number, costPerUnit: Prisma.Decimal | string) => new Prisma.Decimal(costPerUnit).times(units).toDecimalPlaces(2);
