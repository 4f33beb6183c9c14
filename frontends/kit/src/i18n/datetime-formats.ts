import { BUREAU_TIME_ZONE } from '../format/business-calendar';
import type { AppLocale } from './app-locale';

/*
 * Moments are shown in the bureau's time zone whatever the browser's: a request filed at 03:05 on
 * 12-02 in Shanghai reads 12-02 03:05 also in a UTC browser, as the server's business date says.
 */
const dateTime: Intl.DateTimeFormatOptions = { timeZone: BUREAU_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const date: Intl.DateTimeFormatOptions = { timeZone: BUREAU_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' };
const time: Intl.DateTimeFormatOptions = { timeZone: BUREAU_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** Named formats for vue-i18n's `d()`: `d(new Date(account.createdAt), 'dateTime')`, `'date'` (the day of a moment), `'time'` (its hour and minute). */
export const datetimeFormats: Record<AppLocale, Record<'dateTime' | 'date' | 'time', Intl.DateTimeFormatOptions>> = {
  'zh-CN': { dateTime, date, time },
  en: { dateTime, date, time },
};
