import { watchEffect } from 'vue';
import { i18n } from './i18n';

/** Keeps the browser tab's title in the current language; for the app that owns the page. */
export function useDocumentTitle(key: string): void {
  watchEffect(() => {
    document.title = i18n.global.t(key);
  });
}
