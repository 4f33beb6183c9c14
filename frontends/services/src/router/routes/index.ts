import type { RemotePageRoute } from '@jiguan/kit';

/** Who may read the domain's audit trail: its staff and the administrators. */
const WRITERS = ['ADMIN', 'SERVICES_STAFF'] as const;

/** The services pages, relative to the route that renders the remote (/services in the shell and standalone). */
export const servicesRoutes: readonly RemotePageRoute[] = [
  { path: '', name: 'services-home', redirect: { name: 'services-audit' } },
  {
    path: 'audit',
    name: 'services-audit',
    component: () => import('../../views/audit/trail/index.vue'),
    meta: { navKey: 'services.nav.audit', roles: WRITERS },
  },
];
