/*
 * Days and times of the bureau (Asia/Shanghai, UTC+8 without daylight saving), as the subgraph
 * reckons open hours and business days, whatever the browser's own time zone is.
 */

const MINUTE = 60_000;
const LOCAL_OFFSET_MINUTES = 8 * 60;

const pad = (value: number) => String(value).padStart(2, '0');

/** The local day (`YYYY-MM-DD`) of an instant. */
export function localDay(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + LOCAL_OFFSET_MINUTES * MINUTE).toISOString().slice(0, 10);
}

/** Today in Shanghai. */
export function todayIso(now: Date = new Date()): string {
  return localDay(now);
}

/** Minutes after local midnight of an instant. */
export function localMinute(instant: Date | string): number {
  const shifted = new Date(new Date(instant).getTime() + LOCAL_OFFSET_MINUTES * MINUTE);
  return shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
}

/** The instant (ISO, UTC) of a local day's minute: `2024-05-06`, 540 → `2024-05-06T01:00:00.000Z`. */
export function localInstant(day: string, minute: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + (minute - LOCAL_OFFSET_MINUTES) * MINUTE).toISOString();
}

/** `HH:mm` of minutes after midnight (1440 is 24:00). */
export function clock(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** Minutes after midnight of `HH:mm`, or null when it is not a time of day. */
export function minuteOf(text: string | null | undefined): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text?.trim() ?? '');
  if (!match) return null;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minute <= 24 * 60 ? minute : null;
}

/** The local `HH:mm` of an instant. */
export function localClock(instant: Date | string): string {
  return clock(localMinute(instant));
}

/** `YYYY-MM-DD HH:mm` of an instant in Shanghai, how the pages show a time. */
export function localDateTime(instant: Date | string | null | undefined): string {
  return instant ? `${localDay(instant)} ${localClock(instant)}` : '';
}

/** The day `days` after a day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week a day is in. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00.000Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** 0 Monday … 6 Sunday. */
export function weekdayIndex(day: string): number {
  return (new Date(`${day}T00:00:00.000Z`).getUTCDay() + 6) % 7;
}

/** The days of a day's week: Monday to Friday, or the whole week. */
export function weekDays(day: string, span: 5 | 7): string[] {
  const monday = mondayOf(day);
  return Array.from({ length: span }, (_, index) => addDays(monday, index));
}
