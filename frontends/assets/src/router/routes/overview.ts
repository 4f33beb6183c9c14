import type { RemotePageRoute } from '@jiguan/kit';
import { figureReaders } from '../../composables/assets-roles';

/** 资产概览: the year's figures of the domain. */
export const overviewRoutes: readonly RemotePageRoute[] = [
  {
    path: 'overview',
    name: 'assets-overview',
    component: () => import('../../views/overview/dashboard/index.vue'),
    meta: { navKey: 'assets.nav.overview', roles: figureReaders },
  },
];
