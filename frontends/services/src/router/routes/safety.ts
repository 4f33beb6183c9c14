import type { RemotePageRoute } from '@jiguan/kit';
import { servicesStaffReaders } from '../../composables/services-roles';

/** 安全与车辆: security drills and meetings, and the fleet's driving records (staff, admins, leaders). */
export const safetyRoutes: readonly RemotePageRoute[] = [
  {
    path: 'safety',
    name: 'services-safety',
    component: () => import('../../views/safety/records/index.vue'),
    meta: { navKey: 'services.nav.safety', roles: servicesStaffReaders },
  },
];
