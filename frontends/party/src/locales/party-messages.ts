import { registerMessages } from '@jiguan/kit';
import en from './en/party.json';
import enReasons from './en/reasons.json';
import zhCN from './zh-CN/party.json';
import zhCNReasons from './zh-CN/reasons.json';

/** Adds the party texts (namespace `party`) and its domain's refusal reasons (`reason`) to the page's shared i18n instance. */
export function registerPartyMessages(): void {
  registerMessages('party', { 'zh-CN': zhCN, en });
  registerMessages('reason', { 'zh-CN': zhCNReasons, en: enReasons });
}
