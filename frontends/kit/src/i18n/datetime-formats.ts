import type { AppLocale } from './app-locale';

const dateTime: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
};

/** Named formats for vue-i18n's `d()`, e.g. `d(new Date(account.createdAt), 'dateTime')`. */
export const datetimeFormats: Record<AppLocale, Record<'dateTime', Intl.DateTimeFormatOptions>> = {
  'zh-CN': { dateTime },
  en: { dateTime },
};
