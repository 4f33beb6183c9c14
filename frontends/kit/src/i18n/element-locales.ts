import type { Language } from 'element-plus/es/locale';
import en from 'element-plus/es/locale/lang/en';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import type { AppLocale } from './app-locale';

/** Element Plus's own texts (pager, date picker, empty table …) for each UI language. */
export const elementLocales: Record<AppLocale, Language> = { 'zh-CN': zhCn, en };
