import type { RemotePageRoute } from '@jiguan/kit';
import { servicesWriters } from '../../composables/services-roles';

/** The domain's audit trail: its staff and the administrators. */
export const auditRoutes: readonly RemotePageRoute[] = [
  {
    path: 'audit',
    name: 'services-audit',
    component: () => import('../../views/audit/trail/index.vue'),
    meta: { navKey: 'services.nav.audit', roles: servicesWriters },
  },
];
