import type { RemotePageRoute } from '@jiguan/kit';
import { servicesStaffReaders } from '../../composables/services-roles';

/** The year's services figures (S1–S6): the bureau's staff, admins and leaders. */
export const overviewRoutes: readonly RemotePageRoute[] = [
  {
    path: 'overview',
    name: 'services-overview',
    component: () => import('../../views/overview/dashboard/index.vue'),
    meta: { navKey: 'services.nav.overview', roles: servicesStaffReaders },
  },
];
