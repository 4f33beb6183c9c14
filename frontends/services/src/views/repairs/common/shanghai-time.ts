/*
 * Dates and times as the bureau reads them: in Shanghai time, wherever the browser is. The hub
 * sends instants (`DateTime`) in UTC and calendar days (`Date`) as `YYYY-MM-DD`.
 */

const shanghaiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
const shanghaiMinute = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Today's date in Shanghai (the server's business date), `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return shanghaiDay.format(now);
}

/** An instant as `2024-03-05 14:30`, Shanghai time; empty for none. */
export function shanghaiDateTime(instant: string | null | undefined): string {
  if (!instant) return '';
  const parts = Object.fromEntries(shanghaiMinute.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The first and last day of a year, as a filter's `from` and `to`. */
export function yearRange(year: number | undefined): { from?: string; to?: string } {
  return year ? { from: `${year}-01-01`, to: `${year}-12-31` } : {};
}

/** The years the pages offer: this one back to 2023 (the demo data starts there). */
export function recentYears(now: Date = new Date()): number[] {
  const current = Number(todayIso(now).slice(0, 4));
  return Array.from({ length: current - 2023 + 1 }, (_, index) => current - index);
}
