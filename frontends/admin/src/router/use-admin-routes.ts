import { inject, ref } from 'vue';
import { matchedRouteKey, useRouter } from 'vue-router';
import { systemRoutes } from './routes/system';

/**
 * Adds the admin pages as children of whichever route renders the admin app: the shell's /admin
 * area, or /admin when running standalone. Then resolves the current URL again, since a deep link
 * (/admin/accounts) could only match a placeholder before. `ready` turns true once it has.
 */
export function useAdminRoutes() {
  const router = useRouter();
  const parentName = inject(matchedRouteKey)?.value?.name;
  if (!parentName) throw new Error('The admin app must be rendered by a named route');

  const missing = systemRoutes.filter((route) => !router.hasRoute(route.name));
  const ready = ref(missing.length === 0);
  if (!ready.value) {
    for (const route of missing) router.addRoute(parentName, route);
    void router.replace(router.currentRoute.value.fullPath).finally(() => {
      ready.value = true;
    });
  }
  return { ready };
}
