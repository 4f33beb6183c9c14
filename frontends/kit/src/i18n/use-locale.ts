import { computed } from 'vue';
import { type AppLocale, appLocales } from './app-locale';
import { elementLocales } from './element-locales';
import { i18n } from './i18n';
import { storeLocale } from './stored-locale';

/** The current UI language, switched for vue-i18n and Element Plus at once and remembered. */
export function useLocale() {
  const locale = computed(() => i18n.global.locale.value as AppLocale);
  const elementLocale = computed(() => elementLocales[locale.value]);

  function setLocale(next: AppLocale): void {
    i18n.global.locale.value = next;
    document.documentElement.lang = next;
    storeLocale(next);
  }

  return { locale, locales: appLocales, elementLocale, setLocale };
}
