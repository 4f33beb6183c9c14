import { registerMessages } from '@jiguan/kit';
import en from './en/services.json';
import enReasons from './en/reasons.json';
import zhCN from './zh-CN/services.json';
import zhCNReasons from './zh-CN/reasons.json';

/** Adds the services texts (namespace `services`) and its domain's refusal reasons (`reason`) to the page's shared i18n instance. */
export function registerServicesMessages(): void {
  registerMessages('services', { 'zh-CN': zhCN, en });
  registerMessages('reason', { 'zh-CN': zhCNReasons, en: enReasons });
}
