import type { RemotePageRoute } from '@jiguan/kit';
import { servicesStaffReaders } from '../../composables/services-roles';

/** 社会化服务: the bureau's providers, their contracts, assessments and trainings (staff, admins, leaders). */
export const providerRoutes: readonly RemotePageRoute[] = [
  {
    path: 'providers',
    name: 'services-providers',
    component: () => import('../../views/providers/list/index.vue'),
    meta: { navKey: 'services.nav.providers', roles: servicesStaffReaders },
  },
];
