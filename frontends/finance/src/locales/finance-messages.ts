import { registerMessages } from '@jiguan/kit';
import en from './en/finance.json';
import enReasons from './en/reasons.json';
import zhCN from './zh-CN/finance.json';
import zhCNReasons from './zh-CN/reasons.json';

/** Adds the finance texts (namespace `finance`) and its domain's refusal reasons (`reason`) to the page's shared i18n instance. */
export function registerFinanceMessages(): void {
  registerMessages('finance', { 'zh-CN': zhCN, en });
  registerMessages('reason', { 'zh-CN': zhCNReasons, en: enReasons });
}
