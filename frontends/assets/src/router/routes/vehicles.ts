import type { RemotePageRoute } from '@jiguan/kit';
import { assetsReaders } from '../../composables/assets-roles';

/** 公务用车: official vehicles and the fleet's energy mix. */
export const vehiclesRoutes: readonly RemotePageRoute[] = [
  {
    path: 'vehicles',
    name: 'assets-vehicles',
    component: () => import('../../views/vehicles/list/index.vue'),
    meta: { navKey: 'assets.nav.vehicles', roles: assetsReaders },
  },
];
