import type { RouteLocationNormalized, RouteLocationRaw, Router } from 'vue-router';
import '../remote/remote-route-meta';
import { useSession } from './use-session';

/** The route of the 无权访问 page: a catch-all every router of the hub names (the shell's and a standalone remote's). */
export const forbiddenRouteName = 'forbidden';

/** The forbidden page at the address that was asked for, so the address bar still says what was refused. */
export function forbiddenAt(to: RouteLocationNormalized): RouteLocationRaw {
  return { name: forbiddenRouteName, params: { pathMatch: to.path.split('/').slice(1) }, query: to.query, hash: to.hash };
}

/**
 * Keeps a page closed to an account that holds none of its `meta.roles` (a bookmark, a link from
 * another role's page): the 无权访问 page shows instead, at the same address. Runs after the session
 * guard, which has loaded the account by then.
 */
export function installRoleGuard(router: Router): void {
  const { account, hasAnyRole } = useSession();
  router.beforeEach((to) => {
    const roles = to.meta.roles;
    if (!roles || !account.value || hasAnyRole(roles)) return true;
    return forbiddenAt(to);
  });
}
