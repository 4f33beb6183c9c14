import { onBeforeUnmount, ref, watchEffect } from 'vue';
import { i18n } from './i18n';

/** The title of the page on screen (its PageContainer's), shared by the shell and every remote through the one kit. */
const pageTitle = ref<string | null>(null);

/**
 * Keeps the browser tab's title in the current language: `<page> - <app>` while a page is on
 * screen (`智慧机管` is the shell's), the app's title alone otherwise. For the app that owns the page.
 */
export function useDocumentTitle(appTitleKey: string): void {
  watchEffect(() => {
    const app = i18n.global.t(appTitleKey);
    document.title = pageTitle.value ? `${pageTitle.value} - ${app}` : app;
  });
}

/** Names the page on screen in the tab's title while the calling component is mounted (PageContainer does it). */
export function usePageTitle(title: () => string): void {
  let own: string | null = null;
  watchEffect(() => {
    own = title();
    pageTitle.value = own;
  });
  onBeforeUnmount(() => {
    // The next page may have mounted first: leave its title.
    if (pageTitle.value === own) pageTitle.value = null;
  });
}
