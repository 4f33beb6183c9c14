import { registerMessages } from '@jiguan/kit';
import enCanteens from './en/canteens.json';
import enEnums from './en/enums.json';
import enMeals from './en/meals.json';
import enOverview from './en/overview.json';
import enProviders from './en/providers.json';
import enReasons from './en/reasons.json';
import enRepairs from './en/repairs.json';
import enRooms from './en/rooms.json';
import enSafety from './en/safety.json';
import en from './en/services.json';
import enVisitors from './en/visitors.json';
import zhCNCanteens from './zh-CN/canteens.json';
import zhCNEnums from './zh-CN/enums.json';
import zhCNMeals from './zh-CN/meals.json';
import zhCNOverview from './zh-CN/overview.json';
import zhCNProviders from './zh-CN/providers.json';
import zhCNReasons from './zh-CN/reasons.json';
import zhCNRepairs from './zh-CN/repairs.json';
import zhCNRooms from './zh-CN/rooms.json';
import zhCNSafety from './zh-CN/safety.json';
import zhCN from './zh-CN/services.json';
import zhCNVisitors from './zh-CN/visitors.json';

/*
 * The texts of the services namespace, one file an area (`services.<area>.…`): the remote's own
 * (title, navigation, audit trail) in services.json, the enum labels in enums.json (`services.enum.<Enum>.<VALUE>`).
 */
const zhCNTexts = {
  ...zhCN,
  enum: zhCNEnums,
  overview: zhCNOverview,
  rooms: zhCNRooms,
  visitors: zhCNVisitors,
  repairs: zhCNRepairs,
  canteens: zhCNCanteens,
  meals: zhCNMeals,
  providers: zhCNProviders,
  safety: zhCNSafety,
};
const enTexts = {
  ...en,
  enum: enEnums,
  overview: enOverview,
  rooms: enRooms,
  visitors: enVisitors,
  repairs: enRepairs,
  canteens: enCanteens,
  meals: enMeals,
  providers: enProviders,
  safety: enSafety,
};

/** Adds the services texts (namespace `services`) and its domain's refusal reasons (`reason`) to the page's shared i18n instance. */
export function registerServicesMessages(): void {
  registerMessages('services', { 'zh-CN': zhCNTexts, en: enTexts });
  registerMessages('reason', { 'zh-CN': zhCNReasons, en: enReasons });
}
