/**
 * Dates as the hub sends them: `YYYY-MM-DD` strings (the `Date` scalar), in the bureau's calendar,
 * and moments (`DateTime`) placed on it. The bureau keeps its books and its hours in Shanghai time,
 * as the server's business date does, wherever the browser is (China has no daylight saving:
 * Shanghai is UTC+8 all year).
 */

const pad = (value: number) => String(value).padStart(2, '0');

/** The bureau's time zone, for `Intl` formats. */
export const BUREAU_TIME_ZONE = 'Asia/Shanghai';

/** Today's date in Shanghai (the server's business date), `YYYY-MM-DD`, wherever the browser is. */
export function todayIso(now: Date = new Date()): string {
  return shanghaiDate(now);
}

const DAY_MS = 86_400_000;

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** How many days from `from` to `to`, both counted (`2024-12-01`…`2025-01-31` is 62). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** A month (`YYYY-MM`) moved by `count` months (back when negative). */
export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + monthNumber - 1 + count;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The months from `first` to `last` (`YYYY-MM`), both included. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** The first and last day of the months from `first` to `last` (`YYYY-MM`): a filter's `from` and `to`. */
export function monthsAsDays(first: string, last: string): { from: string; to: string } {
  return { from: `${first}-01`, to: addDays(`${addMonths(last, 1)}-01`, -1) };
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

const MINUTE_MS = 60_000;
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

/** The Shanghai date (`YYYY-MM-DD`) of a moment, wherever the browser is. */
export function shanghaiDate(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + SHANGHAI_OFFSET_MINUTES * MINUTE_MS).toISOString().slice(0, 10);
}

/** Minutes after Shanghai's midnight of a moment. */
export function shanghaiMinute(instant: Date | string): number {
  const shifted = new Date(new Date(instant).getTime() + SHANGHAI_OFFSET_MINUTES * MINUTE_MS);
  return shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
}

/** The moment (ISO, UTC) of a minute of a Shanghai date: `2024-05-06`, 540 → `2024-05-06T01:00:00.000Z`. */
export function shanghaiInstant(date: string, minute: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + (minute - SHANGHAI_OFFSET_MINUTES) * MINUTE_MS).toISOString();
}

/** `HH:mm` of minutes after midnight (1440 is 24:00). */
export function clockOfMinute(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** Minutes after midnight of `HH:mm`, or null when it is not a time of day. */
export function minuteOfClock(text: string | null | undefined): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text?.trim() ?? '');
  if (!match) return null;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minute <= 24 * 60 ? minute : null;
}

/** The Shanghai `HH:mm` of a moment. */
export function shanghaiClock(instant: Date | string): string {
  return clockOfMinute(shanghaiMinute(instant));
}

/** `YYYY-MM-DD HH:mm` of a moment in Shanghai, for a table cell (a page's text uses `d(…, 'dateTime')`). */
export function shanghaiDateTime(instant: Date | string | null | undefined): string {
  return instant ? `${shanghaiDate(instant)} ${shanghaiClock(instant)}` : '';
}

/** The Monday of the week a date is in. */
export function mondayOf(date: string): string {
  return addDays(date, -weekdayIndex(date));
}

/** 0 Monday … 6 Sunday. */
export function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00.000Z`).getUTCDay() + 6) % 7;
}

/** The days of a date's week: Monday to Friday, or the whole week. */
export function weekDays(date: string, span: 5 | 7): string[] {
  const monday = mondayOf(date);
  return Array.from({ length: span }, (_, index) => addDays(monday, index));
}
