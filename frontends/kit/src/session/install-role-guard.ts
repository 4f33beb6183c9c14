import type { Router } from 'vue-router';
import '../remote/remote-route-meta';
import { useSession } from './use-session';

/**
 * Keeps a page closed to an account that holds none of its `meta.roles` (a bookmark, a link from
 * another role's page): the navigation goes to the area that contains the page instead (a remote's
 * route), whose start page suits the account. Runs after the session guard, which has loaded the
 * account by then.
 */
export function installRoleGuard(router: Router): void {
  const { account, hasAnyRole } = useSession();
  router.beforeEach((to) => {
    const roles = to.meta.roles;
    if (!roles || !account.value || hasAnyRole(roles)) return true;
    const area = to.matched.at(-2);
    return area ? { path: area.path } : false;
  });
}
