import { createI18n } from 'vue-i18n';
import en from '../locales/en/kit.json';
import enReasons from '../locales/en/reasons.json';
import zhCN from '../locales/zh-CN/kit.json';
import zhCNReasons from '../locales/zh-CN/reasons.json';
import { defaultLocale } from './app-locale';
import { datetimeFormats } from './datetime-formats';
import { readStoredLocale } from './stored-locale';

/**
 * The one i18n instance of the page: the kit is a federation singleton, so the shell and every
 * remote add their namespaces to it (`registerMessages`) and switch language together. The
 * top-level `reason` namespace holds the texts of the server's refusal reasons
 * (`GraphQLRequestError.localizedMessage`): the generic ones here, each remote adds its domain's.
 */
export const i18n = createI18n({
  legacy: false,
  locale: readStoredLocale(),
  fallbackLocale: defaultLocale,
  messages: { 'zh-CN': { kit: zhCN, reason: zhCNReasons }, en: { kit: en, reason: enReasons } },
  datetimeFormats,
});
