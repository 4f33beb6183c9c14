import { registerMessages } from '@jiguan/kit';
import en from './en/admin.json';
import enReasons from './en/reasons.json';
import zhCN from './zh-CN/admin.json';
import zhCNReasons from './zh-CN/reasons.json';

/** Adds the admin texts (namespace `admin`) and the directory's refusal reasons (`reason`) to the page's shared i18n instance. */
export function registerAdminMessages(): void {
  registerMessages('admin', { 'zh-CN': zhCN, en });
  registerMessages('reason', { 'zh-CN': zhCNReasons, en: enReasons });
}
