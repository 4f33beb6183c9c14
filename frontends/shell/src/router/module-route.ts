import type { RouteRecordRaw } from 'vue-router';
import { ForbiddenPage } from '@jiguan/kit';
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

/** The area of a remote the account's roles may not open: 无权访问 at every address under it, not 页面不存在. */
export function closedModuleRoute(entry: RegistryEntry): RouteRecordRaw {
  return { path: `${entry.routePrefix}/:pathMatch(.*)*`, name: entry.name, component: ForbiddenPage };
}
