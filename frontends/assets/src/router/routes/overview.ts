import type { RouteRecordRaw } from 'vue-router';
import { figureReaders } from '../../composables/assets-roles';
import { requireRoles } from '../guards/require-roles';

/** 资产概览: the year's figures of the domain. */
export const overviewRoutes = [
  {
    path: 'overview',
    name: 'assets-overview',
    component: () => import('../../views/overview/dashboard/index.vue'),
    meta: { navKey: 'assets.nav.overview', roles: figureReaders },
    beforeEnter: requireRoles(figureReaders),
  },
] as const satisfies readonly RouteRecordRaw[];
