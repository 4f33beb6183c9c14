import { createI18n } from 'vue-i18n';
import en from '../locales/en/kit.json';
import zhCN from '../locales/zh-CN/kit.json';
import { defaultLocale } from './app-locale';
import { datetimeFormats } from './datetime-formats';
import { readStoredLocale } from './stored-locale';

/**
 * The one i18n instance of the page: the kit is a federation singleton, so the shell and every
 * remote add their namespaces to it (`registerMessages`) and switch language together.
 */
export const i18n = createI18n({
  legacy: false,
  locale: readStoredLocale(),
  fallbackLocale: defaultLocale,
  messages: { 'zh-CN': { kit: zhCN }, en: { kit: en } },
  datetimeFormats,
});
