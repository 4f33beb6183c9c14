import type { RemotePageRoute } from '@jiguan/kit';
import { assetsReaders } from '../../composables/assets-roles';

/** 公物仓: the catalogue (where units request items) and the reallocation requests. */
export const warehouseRoutes: readonly RemotePageRoute[] = [
  {
    path: 'warehouse',
    name: 'assets-warehouse',
    component: () => import('../../views/warehouse/catalogue/index.vue'),
    meta: { navKey: 'assets.nav.warehouse', roles: assetsReaders },
  },
  {
    path: 'warehouse/requests',
    name: 'assets-warehouse-requests',
    component: () => import('../../views/warehouse/requests/index.vue'),
    meta: { navKey: 'assets.nav.warehouseRequests', roles: assetsReaders },
  },
];
