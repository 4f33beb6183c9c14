import { registerMessages } from '@jiguan/kit';
import en from './en/admin.json';
import zhCN from './zh-CN/admin.json';

/** Adds the admin texts (namespace `admin`) to the page's shared i18n instance. */
export function registerAdminMessages(): void {
  registerMessages('admin', { 'zh-CN': zhCN, en });
}
