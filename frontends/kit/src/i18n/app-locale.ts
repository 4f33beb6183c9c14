/** The UI languages; zh-CN is the default and the fallback for missing texts. */
export const appLocales = ['zh-CN', 'en'] as const;

export type AppLocale = (typeof appLocales)[number];

export const defaultLocale: AppLocale = 'zh-CN';

export function isAppLocale(value: unknown): value is AppLocale {
  return appLocales.includes(value as AppLocale);
}
