/**
 * Dates as the hub sends them: `YYYY-MM-DD` strings (the `Date` scalar), in the bureau's calendar,
 * and moments (`DateTime`) placed on it. The bureau keeps its books and its hours in Shanghai time,
 * as the server's business date does, wherever the browser is (China has no daylight saving:
 * Shanghai is UTC+8 all year).
 */

const pad = (value: number) => String(value).padStart(2, '0');

/** The bureau's time zone, for `Intl` formats. */
export const BUREAU_TIME_ZONE = 'Asia/Shanghai';

const shanghaiDay = new Intl.DateTimeFormat('en-CA', { timeZone: BUREAU_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Shanghai (the server's business date), `YYYY-MM-DD`, wherever the browser is. */
export function todayIso(now: Date = new Date()): string {
  return shanghaiDay.format(now);
}

/** The first day of the month a date is in, `YYYY-MM-01`. */
export function monthOf(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** `2024-08-01` → `2024-08`: how a month is shown. */
export function monthLabel(month: string): string {
  return month.slice(0, 7);
}

/** The twelve months of a year, as their first days. */
export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, index) => `${year}-${pad(index + 1)}-01`);
}

/** The first and last day of a year. */
export function yearRange(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The date `years` years after `date` (29 February → 28 February). */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year + years, month - 1, day));
  if (target.getUTCMonth() !== month - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** The years the pages offer: this one back to 2022. */
export function recentYears(now: Date = new Date()): number[] {
  const current = Number(todayIso(now).slice(0, 4));
  return Array.from({ length: current - 2022 + 1 }, (_, index) => current - index);
}

/** The moment of a local time on a Shanghai date: `shanghaiMoment('2024-12-02', 9 * 60)` is 2024-12-02 09:00 in Shanghai (01:00 UTC). */
export function shanghaiMoment(date: string, minuteOfDay = 0): Date {
  const hours = pad(Math.floor(minuteOfDay / 60));
  return new Date(`${date}T${hours}:${pad(minuteOfDay % 60)}:00+08:00`);
}

/** The Shanghai date and minute of the day of a moment (a `DateTime` string or a Date), wherever the browser is. */
export function shanghaiParts(moment: string | Date): { date: string; minuteOfDay: number } {
  const shifted = new Date(new Date(moment).getTime() + 8 * 3_600_000);
  return { date: shifted.toISOString().slice(0, 10), minuteOfDay: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() };
}
