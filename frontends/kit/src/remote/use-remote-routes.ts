import { inject, ref } from 'vue';
import { matchedRouteKey, type RouteRecordRaw, useRouter } from 'vue-router';

/** A remote's page: named, so that it is added once and can be linked to. */
export type RemotePageRoute = RouteRecordRaw & { name: string };

/**
 * Adds a remote's pages as children of whichever route renders the remote's `./App`: the shell's
 * area for it (e.g. /assets), or /<name> when it runs standalone. Then resolves the current URL
 * again, since a deep link (/assets/warehouse) could only match a placeholder before. `ready`
 * turns true once it has; the app renders its `<RouterView>` only then.
 */
export function useRemoteRoutes(routes: readonly RemotePageRoute[]) {
  const router = useRouter();
  const parentName = inject(matchedRouteKey)?.value?.name;
  if (!parentName) throw new Error("A remote's app must be rendered by a named route");

  const missing = routes.filter((route) => !router.hasRoute(route.name));
  const ready = ref(missing.length === 0);
  if (!ready.value) {
    for (const route of missing) router.addRoute(parentName, route);
    void router.replace(router.currentRoute.value.fullPath).finally(() => {
      ready.value = true;
    });
  }
  return { ready };
}
