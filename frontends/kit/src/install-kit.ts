import type { App } from 'vue';
import type { Router } from 'vue-router';
import { i18n } from './i18n/i18n';
import { installRoleGuard } from './session/install-role-guard';
import { installSessionGuard } from './session/install-session-guard';
import { startTokenRefresh } from './session/token-refresh';

/**
 * Wires the kit into the app that owns the page (the shell, or a remote running standalone):
 * i18n, the session and role guards on its router and token refresh. Remotes mounted in the shell don't call it.
 */
export function installKit(app: App, router: Router): void {
  app.use(i18n);
  document.documentElement.lang = i18n.global.locale.value;
  installSessionGuard(router);
  installRoleGuard(router);
  startTokenRefresh();
}
