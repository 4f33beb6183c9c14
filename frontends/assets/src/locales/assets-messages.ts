import { registerMessages } from '@jiguan/kit';
import en from './en/assets.json';
import zhCN from './zh-CN/assets.json';

/** Adds the assets texts (namespace `assets`) to the page's shared i18n instance. */
export function registerAssetsMessages(): void {
  registerMessages('assets', { 'zh-CN': zhCN, en });
}
