import { type AppLocale, defaultLocale, isAppLocale } from './app-locale';

const storageKey = 'jiguan.locale';

/** The language the user last chose, kept across visits and shared by every app of the origin. */
export function readStoredLocale(): AppLocale {
  const stored = localStorage.getItem(storageKey);
  return isAppLocale(stored) ? stored : defaultLocale;
}

export function storeLocale(locale: AppLocale): void {
  localStorage.setItem(storageKey, locale);
}
