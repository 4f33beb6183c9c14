import type { RouteRecordRaw } from 'vue-router';
import RemoteArea from '../federation/RemoteArea.vue';
import type { RegistryEntry } from '../registry/registry-entry';

/**
 * The area of one remote: `RemoteArea` loads the remote's `./App`, which adds its pages as
 * children of this route. Until then the catch-all child keeps deep links like /admin/units matched.
 */
export function moduleRoute(entry: RegistryEntry): RouteRecordRaw {
  return {
    path: entry.routePrefix,
    name: entry.name,
    component: RemoteArea,
    props: { entry },
    children: [{ path: ':pathMatch(.*)*', name: `${entry.name}-not-found`, component: () => import('../views/errors/not-found/index.vue') }],
  };
}
