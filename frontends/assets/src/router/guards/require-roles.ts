import { type Role, useSession } from '@jiguan/kit';
import type { NavigationGuard } from 'vue-router';

/** The assets area's own page when a role may not open the page asked for (e.g. a bookmark). */
export const assetsHomeRouteName = 'assets-home';

/** Lets only the given roles in; anyone else lands on the first page they may use. */
export function requireRoles(roles: readonly Role[]): NavigationGuard {
  return () => (useSession().hasAnyRole(roles) ? true : { name: assetsHomeRouteName });
}
