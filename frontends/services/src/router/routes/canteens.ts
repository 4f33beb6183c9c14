import type { RemotePageRoute } from '@jiguan/kit';
import { servicesStaffReaders, servicesWriters } from '../../composables/services-roles';

/** 机关食堂: the canteens' dashboard for the bureau's readers, and the daily records for its staff. */
export const canteenRoutes: readonly RemotePageRoute[] = [
  {
    path: 'canteens',
    name: 'services-canteens',
    component: () => import('../../views/canteens/dashboard/index.vue'),
    meta: { navKey: 'services.nav.canteens', roles: servicesStaffReaders },
  },
  {
    path: 'canteens/records',
    name: 'services-canteen-records',
    component: () => import('../../views/canteens/records/index.vue'),
    meta: { roles: servicesWriters, activeNav: 'services-canteens' },
  },
];
