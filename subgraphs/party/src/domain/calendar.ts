/** Calendar arithmetic on `@db.Date` values (UTC midnight): the terms of the Party rules are whole years and months. */

/** The same day `years` later (29 February → 1 March). */
export function addYears(date: Date, years: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()));
}

/** YYYY-MM-DD, for messages and params. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
