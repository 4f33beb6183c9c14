import { watch } from 'vue';
import type { RouteLocationNormalizedLoaded, Router } from 'vue-router';
import { restoreSession } from './restore-session';
import { session } from './session-store';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session (the login page). */
    public?: boolean;
  }
}

/** Every app that uses the kit names its login route this. */
export const loginRouteName = 'login';

function toLogin(route: RouteLocationNormalizedLoaded) {
  return { name: loginRouteName, query: { redirect: route.fullPath } };
}

/**
 * Keeps non-public routes behind a session: navigation without a token goes to the login page,
 * and so does the current page once the session ends (logout, expiry, a token the gateway refused).
 */
export function installSessionGuard(router: Router): void {
  router.beforeEach(async (to) => {
    if (to.meta.public) return true;
    if (!session.token) return toLogin(to);
    try {
      await restoreSession();
      return true;
    } catch {
      // The account could not be loaded (token refused, gateway down): logging in again fixes both.
      return toLogin(to);
    }
  });

  watch(
    () => session.token,
    (token) => {
      const current = router.currentRoute.value;
      if (!token && !current.meta.public) void router.replace(toLogin(current));
    },
  );
}
