import { useSession } from '@jiguan/kit';
import type { RouteRecordRaw } from 'vue-router';
import { assetsHomeRouteName } from '../guards/require-roles';
import { disposalsRoutes } from './disposals';
import { idleRoutes } from './idle';
import { inspectionsRoutes } from './inspections';
import './meta';
import { overviewRoutes } from './overview';
import { propertiesRoutes } from './properties';
import { vehiclesRoutes } from './vehicles';
import { warehouseRoutes } from './warehouse';

/** Every page, in the order of the navigation. */
export const pageRoutes = [
  ...overviewRoutes,
  ...propertiesRoutes,
  ...inspectionsRoutes,
  ...idleRoutes,
  ...warehouseRoutes,
  ...disposalsRoutes,
  ...vehiclesRoutes,
] as const;

type PageRoute = (typeof pageRoutes)[number];
type NavRoute = Extract<PageRoute, { meta: { navKey: string } }>;

/** The pages listed in the navigation. */
export const navRoutes = pageRoutes.filter((route): route is NavRoute => 'navKey' in route.meta);

/** The first page the logged-in account may open: the overview for staff, the properties for a unit user. */
function firstAllowedPage() {
  const { hasAnyRole } = useSession();
  const page = navRoutes.find((route) => hasAnyRole(route.meta.roles));
  return { name: page?.name ?? 'assets-not-found' };
}

/** The assets pages, relative to the route that renders the assets app (/assets in shell and standalone). */
export const assetsRoutes = [
  { path: '', name: assetsHomeRouteName, redirect: firstAllowedPage },
  ...pageRoutes,
] as const satisfies readonly RouteRecordRaw[];
