import { inject, ref } from 'vue';
import { matchedRouteKey, useRouter } from 'vue-router';
import { assetsRoutes } from './routes';

/**
 * Adds the assets pages as children of whichever route renders the assets app: the shell's /assets
 * area, or /assets when running standalone. Then resolves the current URL again, since a deep link
 * (/assets/warehouse) could only match a placeholder before. `ready` turns true once it has.
 */
export function useAssetsRoutes() {
  const router = useRouter();
  const parentName = inject(matchedRouteKey)?.value?.name;
  if (!parentName) throw new Error('The assets app must be rendered by a named route');

  const missing = assetsRoutes.filter((route) => !router.hasRoute(route.name));
  const ready = ref(missing.length === 0);
  if (!ready.value) {
    for (const route of missing) router.addRoute(parentName, route);
    void router.replace(router.currentRoute.value.fullPath).finally(() => {
      ready.value = true;
    });
  }
  return { ready };
}
