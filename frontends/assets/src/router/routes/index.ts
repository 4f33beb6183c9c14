import { type RemotePageRoute, useSession } from '@jiguan/kit';
import { disposalsRoutes } from './disposals';
import { idleRoutes } from './idle';
import { inspectionsRoutes } from './inspections';
import { overviewRoutes } from './overview';
import { propertiesRoutes } from './properties';
import { vehiclesRoutes } from './vehicles';
import { warehouseRoutes } from './warehouse';

/** Every page, in the order of the navigation (pages with a `navKey` are listed, to their `roles`). */
const pageRoutes: readonly RemotePageRoute[] = [
  ...overviewRoutes,
  ...propertiesRoutes,
  ...inspectionsRoutes,
  ...idleRoutes,
  ...warehouseRoutes,
  ...disposalsRoutes,
  ...vehiclesRoutes,
];

/** The first page the logged-in account may open: the overview for staff, the properties for a unit user. */
export function firstAllowedPage() {
  const { hasAnyRole } = useSession();
  const page = pageRoutes.find((route) => route.meta?.navKey && route.meta.roles && hasAnyRole(route.meta.roles));
  return { name: page?.name ?? 'assets-not-found' };
}

/**
 * The assets pages, relative to the route that renders the assets app (/assets in shell and
 * standalone). /assets itself opens the first page the account may use; so does a page whose
 * `meta.roles` the account lacks (the kit's role guard sends it back here).
 */
export const assetsRoutes: readonly RemotePageRoute[] = [{ path: '', name: 'assets-home', redirect: firstAllowedPage }, ...pageRoutes];
