import { registerMessages } from '@jiguan/kit';
import en from './en/assets.json';
import enReasons from './en/reasons.json';
import zhCN from './zh-CN/assets.json';
import zhCNReasons from './zh-CN/reasons.json';

/** Adds the assets texts (namespace `assets`) and the assets domain's refusal reasons (`reason`) to the page's shared i18n instance. */
export function registerAssetsMessages(): void {
  registerMessages('assets', { 'zh-CN': zhCN, en });
  registerMessages('reason', { 'zh-CN': zhCNReasons, en: enReasons });
}
