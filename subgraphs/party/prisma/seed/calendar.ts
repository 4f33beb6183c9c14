/**
 * Dates of the party demo data: calendar days as the `@db.Date` columns hold them (UTC midnight),
 * and the fixed day the dataset runs up to, so that it is the same row for row whenever it is seeded.
 */

/** The day the demo data runs up to: nothing is held, paid or signed after it. */
export const AS_OF = '2026-12-04';

/** A calendar day, `YYYY-MM-DD`, as a UTC-midnight Date. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

/** A Date's calendar day as `YYYY-MM-DD`. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * 86_400_000);

/** The first day of the month `months` after `date`'s month. */
export const addMonths = (date: Date, months: number): Date => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));

/** The first day of `date`'s month. */
export const monthOf = (date: Date): Date => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));

/** The day `dayOfMonth` of a month (first day given), moved to the next Monday when it falls on a weekend. */
export function workday(month: Date, dayOfMonth: number): Date {
  const date = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), dayOfMonth));
  const weekday = date.getUTCDay();
  return weekday === 6 ? addDays(date, 2) : weekday === 0 ? addDays(date, 1) : date;
}

/** The first days of every month from `from`'s month through `to`'s month. */
export function monthsBetween(from: Date, to: Date): Date[] {
  const months: Date[] = [];
  for (let month = monthOf(from); month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

export const onOrBeforeAsOf = (date: Date): boolean => date <= day(AS_OF);
