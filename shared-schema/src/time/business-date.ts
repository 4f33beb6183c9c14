/** The bureau keeps its books in Shanghai time; business dates are calendar days there. */
const SHANGHAI_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Shanghai at `now`, as a UTC-midnight Date like the `@db.Date` columns hold. */
export function businessDate(now: Date = new Date()): Date {
  return new Date(`${SHANGHAI_DAY.format(now)}T00:00:00.000Z`);
}

/**
 * First and last day of a calendar year (both inclusive) as YYYY-MM-DD, for SQL to cast to `date`:
 * a timestamp parameter would be compared in the server's time zone.
 */
export function yearBounds(year: number): { first: string; last: string } {
  const pad = String(year).padStart(4, '0');
  return { first: `${pad}-01-01`, last: `${pad}-12-31` };
}
