import { createApp } from 'vue';
import { installKit } from '../install-kit';
import AppRoot from '../layout/AppRoot.vue';
import { createStandaloneRouter, type StandaloneOptions } from './create-standalone-router';

/**
 * Runs a remote as its own app on its own port (its `bootstrap.ts` calls this after registering
 * its texts and importing its global styles): the kit's login, the remote's title and account bar
 * above its `./App`, the session guard and token refresh.
 */
export function startStandalone(options: StandaloneOptions): void {
  const app = createApp(AppRoot, { titleKey: options.titleKey });
  const router = createStandaloneRouter(options);
  installKit(app, router);
  app.use(router);
  app.mount('#app');
}
