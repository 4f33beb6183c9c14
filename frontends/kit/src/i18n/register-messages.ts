import type { AppLocale } from './app-locale';
import { i18n } from './i18n';

/** Adds an app's texts under `namespace` (e.g. `admin` → `t('admin.units.title')`). */
export function registerMessages(namespace: string, messages: Record<AppLocale, Record<string, unknown>>): void {
  for (const [locale, texts] of Object.entries(messages)) {
    i18n.global.mergeLocaleMessage(locale, { [namespace]: texts });
  }
}
