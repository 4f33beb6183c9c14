import type { RemotePageRoute } from '@jiguan/kit';
import { servicesReaders, servicesWriters } from '../../composables/services-roles';

/** 访客: a host's registrations and their list, and the gate's day. */
export const visitorRoutes: readonly RemotePageRoute[] = [
  {
    path: 'visitors',
    name: 'services-visitors',
    component: () => import('../../views/visitors/register/index.vue'),
    meta: { navKey: 'services.nav.visitors', roles: servicesReaders },
  },
  {
    path: 'visitors/gate',
    name: 'services-gate',
    component: () => import('../../views/visitors/gate/index.vue'),
    meta: { navKey: 'services.nav.gate', roles: servicesWriters },
  },
];
