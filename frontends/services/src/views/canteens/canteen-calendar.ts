/** Days and months as the hub sends them (`YYYY-MM-DD`, the `Date` scalar), in the bureau's calendar (Asia/Shanghai). */

const shanghaiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
const pad = (value: number) => String(value).padStart(2, '0');

/** Today in Shanghai (the server's business date), `YYYY-MM-DD`, wherever the browser is. */
export function todayIso(now: Date = new Date()): string {
  return shanghaiDay.format(now);
}

/** `2024-03` → `2024-03-31`. */
export function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return `${month}-${pad(new Date(Date.UTC(year, monthNumber, 0)).getUTCDate())}`;
}

/** `2024-03` moved by `count` months (negative: back). */
export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + monthNumber - 1 + count;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The months from `first` to `last`, both included (`YYYY-MM`). */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** The days from the first of `first` to the last of `last`, as a CanteenRecordFilter's `from` and `to`. */
export function monthsAsDays(first: string, last: string): { from: string; to: string } {
  return { from: `${first}-01`, to: lastDayOf(last) };
}
